/**
 * One read target under load: autocannon, closed loop, a fixed number of connections for a fixed time,
 * after a warm-up whose figures are discarded; the server's memory is sampled throughout (rss.ts).
 */
import autocannon from 'autocannon';
import { sampleRss } from './rss';

export type ReadTarget = {
  name: string;
  /** One path, or several that successive requests rotate through. */
  paths: string[];
  cookie?: string;
  goal: { p99Ms: number; minRatio?: number } | null;
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
  const headers: Record<string, string> = { Accept: 'text/html,application/json;q=0.9,*/*;q=0.8', 'Accept-Language': 'en' };
  if (target.cookie) headers.Cookie = target.cookie;
  const request: autocannon.Request = { method: 'GET', path: target.paths[0], headers };
  if (target.paths.length > 1) request.setupRequest = (r) => ({ ...r, path: target.paths[turn++ % target.paths.length] });

  const rss = sampleRss(serverPid);
  running = autocannon({
    url: baseUrl,
    title: target.name,
    connections: options.connections,
    duration: options.durationSeconds,
    warmup: { connections: options.connections, duration: options.warmupSeconds },
    requests: [request],
  });
  let result: autocannon.Result;
  try {
    result = await running;
  } finally {
    running = null;
  }
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
  };
}
