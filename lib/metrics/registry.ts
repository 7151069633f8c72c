/**
 * The app's Prometheus metrics (prom-client), one set per process. It lives on globalThis because every
 * route bundle, the proxy's bundle and the instrumentation hook each load their own copy of this module;
 * whichever runs first creates the set and all of them count into it.
 */
import { statSync } from 'node:fs';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { resolveDatabaseFile } from '@/db/open';

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // no -wal file: nothing waits to be checkpointed
  }
}

function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  const databaseFile = resolveDatabaseFile();
  const onDisk = databaseFile !== ':memory:';
  return {
    registry,
    requests: new Histogram({
      name: 'hled_http_request_duration_seconds',
      help: 'Time from the request to the end of its answer, by route group and status class (its _count is the number of requests).',
      labelNames: ['route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    pageCache: new Counter({
      name: 'hled_page_cache_total',
      help: 'Answers that came with an x-nextjs-cache header (stored pages), by route group and result (HIT, STALE, MISS).',
      labelNames: ['route', 'result'] as const,
      registers,
    }),
    submissions: new Counter({
      name: 'hled_submissions_total',
      help: 'Recommendations submitted by stakeholders (accepted), and submissions refused by the hourly and daily limits (rate_limited).',
      labelNames: ['outcome'] as const,
      registers,
    }),
    triageActions: new Counter({
      name: 'hled_triage_actions_total',
      help: 'Coordinators’ triage actions that changed something, by action.',
      labelNames: ['action'] as const,
      registers,
    }),
    signInFailures: new Counter({
      name: 'hled_sign_in_failures_total',
      help: 'Refused sign-ins: wrong or missing credentials (invalid), or refused by the throttle (throttled).',
      labelNames: ['reason'] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'hled_rate_limit_refusals_total',
      help: 'Requests refused by a per-address rate limit (the open data, HTTP 429).',
      registers,
    }),
    databaseSize: new Gauge({
      name: 'hled_database_size_bytes',
      help: 'Size of the SQLite database file.',
      registers,
      collect() {
        if (onDisk) this.set(fileSize(databaseFile));
      },
    }),
    walSize: new Gauge({
      name: 'hled_database_wal_size_bytes',
      help: 'Size of the SQLite write-ahead log (-wal): commits not yet checkpointed into the database file, or a log not truncated yet.',
      registers,
      collect() {
        if (onDisk) this.set(fileSize(`${databaseFile}-wal`));
      },
    }),
    processMetricsOn: false,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const holder = globalThis as typeof globalThis & { hledMetrics?: Metrics };

export function metrics(): Metrics {
  holder.hledMetrics ??= createMetrics();
  return holder.hledMetrics;
}

/** Node's own metrics (memory, heap, event-loop delay, open files, CPU, GC): on in the server, not in unit tests. */
export function collectProcessMetrics(): void {
  const set = metrics();
  if (set.processMetricsOn) return;
  set.processMetricsOn = true;
  collectDefaultMetrics({ register: set.registry, eventLoopMonitoringPrecision: 10 });
}
