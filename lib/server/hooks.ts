/**
 * What the app hands to the process that serves it (scripts/server.mjs, plain JavaScript outside Next's
 * bundles): a request observer for the metrics, the /metrics answer, and what to run at shutdown. Kept on
 * globalThis because that script and every bundle of the app each load their own copy of the modules;
 * scripts/server.mjs reads the same key. Under a bare `next start` nobody calls the first two, and the
 * shutdown list still runs from the process's exit event (instrumentation.ts).
 */
export type RequestRecord = {
  method: string;
  /** The path and query as received. */
  url: string;
  status: number;
  seconds: number;
  /** false when the connection closed before the whole answer was sent. */
  completed: boolean;
  /** Next's x-nextjs-cache answer header for a stored page: HIT, STALE, MISS... */
  cache: string | undefined;
  /** A server action call (a POST with the Next-Action header). */
  action: boolean;
};

export type MetricsAnswer = { status: number; headers: Record<string, string>; body: string };

export type ServerHooks = {
  observeRequest: ((request: RequestRecord) => void) | null;
  metrics: ((authorization: string | undefined) => Promise<MetricsAnswer>) | null;
  /** Run in order once no request is left in flight; each must be safe to run twice. */
  shutdown: (() => void | Promise<void>)[];
};

const holder = globalThis as typeof globalThis & { hledServerHooks?: ServerHooks };

export function serverHooks(): ServerHooks {
  holder.hledServerHooks ??= { observeRequest: null, metrics: null, shutdown: [] };
  return holder.hledServerHooks;
}
