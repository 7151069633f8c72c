/**
 * Every SOAK_SAMPLE_SECONDS the soak reads the server's own /metrics (with its METRICS_TOKEN), as Prometheus
 * would: resident memory, heap, event-loop delay (prom-client resets its histogram at each scrape, so each
 * sample's p99 covers the seconds since the last one), open file descriptors, database and WAL sizes.
 */
export type ServerSample = {
  atSeconds: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  openFds: number;
  databaseMb: number;
  walMb: number;
  requests: number;
};

/** The value of an unlabelled metric, or the sum over its series (those whose labels contain `labels`, if given). */
export function metricValue(text: string, name: string, labels?: string): number {
  let sum = 0;
  let found = false;
  const pattern = new RegExp(`^${name}(\\{[^}]*\\})? (\\S+)$`, 'gm');
  for (const match of text.matchAll(pattern)) {
    if (labels && !(match[1] ?? '').includes(labels)) continue;
    sum += Number(match[2]);
    found = true;
  }
  return found ? sum : Number.NaN;
}

export async function scrape(baseUrl: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

export function sampleOf(text: string, atSeconds: number): ServerSample {
  const mb = (name: string) => metricValue(text, name) / 1024 ** 2;
  const ms = (name: string) => metricValue(text, name) * 1000;
  return {
    atSeconds,
    rssMb: mb('process_resident_memory_bytes'),
    heapUsedMb: mb('nodejs_heap_size_used_bytes'),
    heapTotalMb: mb('nodejs_heap_size_total_bytes'),
    eventLoopP99Ms: ms('nodejs_eventloop_lag_p99_seconds'),
    eventLoopMaxMs: ms('nodejs_eventloop_lag_max_seconds'),
    openFds: metricValue(text, 'process_open_fds'),
    databaseMb: mb('hled_database_size_bytes'),
    walMb: mb('hled_database_wal_size_bytes'),
    requests: metricValue(text, 'hled_http_request_duration_seconds_count'),
  };
}

/** Samples until stopped; a failed scrape is kept as an error, not a gap. */
export function startSampling(baseUrl: string, token: string, everySeconds: number, clock: () => number) {
  const samples: ServerSample[] = [];
  const errors: string[] = [];
  const take = async () => {
    const at = clock();
    try {
      samples.push(sampleOf(await scrape(baseUrl, token), at));
    } catch (error) {
      errors.push(`${at.toFixed(0)} s: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void take();
  const timer = setInterval(() => void take(), everySeconds * 1000);
  return {
    samples,
    errors,
    async stop() {
      clearInterval(timer);
      await take();
    },
  };
}
