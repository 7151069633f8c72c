/**
 * One read target under load: autocannon, closed loop, a fixed number of connections for a fixed time,
 * after a warm-up run whose figures are discarded; the server's memory is sampled throughout (rss.ts)
 * and its CPU time read before and after the measured run (cpu.ts). A target of stored pages has each
 * of its pages visited once before (warm.ts).
 */
import autocannon from 'autocannon';
import { treeCpuMs } from './cpu';
import { sampleRss } from './rss';
import { warmPages, type Warming } from './warm';

/**
 * What a browser asks for: every browser takes compressed answers, so the server compresses (or sends its kept
 * gzip copy of a stored page, scripts/lib/gzip-copies.mjs) as it would for people.
 */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export type ReadTarget = {
  name: string;
  /** One path, or several that successive requests rotate through. */
  paths: string[];
  cookie?: string;
  /** Stored pages: visited once each before the load, as on a site people already read. */
  stored?: boolean;
  goal: { p99Ms?: number; minRatio?: number; source: string } | null;
  /** A row with no goal of its own, measured to explain others (shown with its ratio). */
  reference?: string;
};

export type ReadResult = {
  target: ReadTarget;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  peakRssMb: number;
  processes: number;
  /** Server CPU time during the measured run, divided by the answers it gave. */
  cpuMsPerRequest: number;
  warming: Warming | null;
};

let running: autocannon.Instance | null = null;

/** Stops the load test in progress (Ctrl-C). */
export function stopLoad(): void {
  running?.stop();
}

export async function measureRead(
  baseUrl: string,
  serverPid: number,
  target: ReadTarget,
  options: { connections: number; durationSeconds: number; warmupSeconds: number },
): Promise<ReadResult> {
  let turn = 0;
  const headers: Record<string, string> = {
    Accept: 'text/html,application/json;q=0.9,*/*;q=0.8',
    'Accept-Language': 'en',
    'Accept-Encoding': BROWSER_ACCEPT_ENCODING,
  };
  if (target.cookie) headers.Cookie = target.cookie;
  const request: autocannon.Request = { method: 'GET', path: target.paths[0], headers };
  if (target.paths.length > 1) request.setupRequest = (r) => ({ ...r, path: target.paths[turn++ % target.paths.length] });

  const warming = target.stored ? await warmPages(baseUrl, target.paths) : null;
  const rss = sampleRss(serverPid);
  await load(baseUrl, target.name, options.connections, options.warmupSeconds, request);
  turn = 0;
  const cpuBefore = treeCpuMs(serverPid);
  const result = await load(baseUrl, target.name, options.connections, options.durationSeconds, request);
  const cpuMs = treeCpuMs(serverPid) - cpuBefore;
  const memory = rss.stop();
  return {
    target,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors, // timeouts included
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    peakRssMb: memory.peakMb,
    processes: memory.processes,
    cpuMsPerRequest: result.requests.total > 0 ? cpuMs / result.requests.total : 0,
    warming,
  };
}

async function load(
  baseUrl: string,
  title: string,
  connections: number,
  duration: number,
  request: autocannon.Request,
): Promise<autocannon.Result> {
  running = autocannon({ url: baseUrl, title, connections, duration, requests: [request] });
  try {
    return await running;
  } finally {
    running = null;
  }
}
