/**
 * The write test: stakeholders submitting recommendations through the real server, by calling the
 * submission server action over HTTP exactly as the form's browser code does (POST to the page with the
 * `Next-Action` header, the arguments as a JSON array in a text/plain body, the session cookie). Each
 * request goes out as the next signed-in account in turn, so no account passes its hourly limit
 * (lib/recommendations/submission-limits.ts) unless the test sends more than 10 per account.
 *
 * An answer is acknowledged when it carries the new reference (the action returns `{ ref }`); a refusal
 * carries next-safe-action's `serverError` code (e.g. rateLimited) or `validationErrors`.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { treeCpuMs } from './cpu';
import { sampleRss } from './rss';
import { actionBody, actionHeaders, type Input, type Submitter } from './submission-input';

export type { Submitter };

export type WriteResult = {
  seconds: number;
  connections: number;
  accounts: number;
  acknowledged: string[];
  refused: Record<string, number>;
  /** Transport errors and timeouts, non-2xx answers, and 2xx answers that are neither a reference nor a refusal. */
  errors: number;
  statusCodes: Record<string, number>;
  perSecond: number[];
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  /** Server CPU time during the test, per request sent. */
  cpuMsPerRequest: number;
  sample: string | null;
};

const REF = /"ref":"(HLED-\d{4}-\d{4,})"/;
const SERVER_ERROR = /"serverError":"([^"|]+)/;

/** Sends one submission with fetch: for the warm-up, and to see the raw answer when the action is refused. */
export async function submitOnce(
  baseUrl: string,
  actionId: string,
  submitter: Submitter,
  input: Input,
): Promise<{ status: number; ref: string | null; text: string }> {
  const response = await fetch(`${baseUrl}/en/submit`, {
    method: 'POST',
    headers: actionHeaders(actionId, new URL(baseUrl).origin, submitter.cookie),
    body: actionBody(input, submitter),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, ref: REF.exec(text)?.[1] ?? null, text };
}

let running: autocannon.Instance | null = null;
export function stopSubmissions(): void {
  running?.stop();
}

export async function runSubmissions(options: {
  baseUrl: string;
  serverPid: number;
  actionId: string;
  submitters: Submitter[];
  inputs: { en: Input; es: Input }[];
  seconds: number;
  connections: number;
}): Promise<WriteResult> {
  const { submitters, inputs } = options;
  const origin = new URL(options.baseUrl).origin;
  const acknowledged: string[] = [];
  const refused: Record<string, number> = {};
  const perSecond = Array.from({ length: Math.ceil(options.seconds) + 1 }, () => 0);
  let unexplained = 0;
  let sample: string | null = null;
  let turn = 0;
  const started = performance.now();

  const request: autocannon.Request = {
    method: 'POST',
    path: '/en/submit',
    setupRequest: (r) => {
      const n = turn++;
      const submitter = submitters[n % submitters.length]!;
      const input = inputs[n % inputs.length]![submitter.locale];
      return {
        ...r,
        headers: { ...r.headers, ...actionHeaders(options.actionId, origin, submitter.cookie) },
        body: actionBody(input, submitter),
      };
    },
    onResponse: (status, body) => {
      const ref = status === 200 ? REF.exec(body)?.[1] : undefined;
      if (ref) {
        acknowledged.push(ref);
        const second = Math.floor((performance.now() - started) / 1000);
        if (second < perSecond.length) perSecond[second]! += 1;
        return;
      }
      const code = SERVER_ERROR.exec(body)?.[1] ?? (body.includes('"validationErrors"') ? 'validationErrors' : null);
      if (code && status === 200) refused[code] = (refused[code] ?? 0) + 1;
      else if (status === 200) unexplained++;
      sample ??= `HTTP ${status}: ${body.slice(0, 300)}`;
    },
  };
  const rss = sampleRss(options.serverPid);
  const cpuBefore = treeCpuMs(options.serverPid);
  running = autocannon({
    url: options.baseUrl,
    title: 'submissions',
    connections: options.connections,
    duration: options.seconds,
    requests: [request],
  });
  let result: autocannon.Result;
  try {
    result = await running;
  } finally {
    running = null;
  }
  const memory = rss.stop();
  const cpuMs = treeCpuMs(options.serverPid) - cpuBefore;
  return {
    seconds: result.duration,
    connections: options.connections,
    accounts: submitters.length,
    acknowledged,
    refused,
    errors: result.errors + result.non2xx + unexplained,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    perSecond: perSecond.slice(0, Math.floor(options.seconds)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    peakRssMb: memory.peakMb,
    cpuMsPerRequest: result.requests.total > 0 ? cpuMs / result.requests.total : 0,
    sample,
  };
}
