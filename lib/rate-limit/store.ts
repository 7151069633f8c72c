/**
 * Allowances of N requests a minute per address, counted in the database so that every server
 * process behind the same SQLite file shares them (stored pages move load between processes, and
 * an allowance per process would multiply the promised figure by their number).
 *
 * The algorithm is GCRA (the "generic cell rate algorithm", a token bucket kept as one number per
 * address): each request pushes the moment the allowance is full again (`full_at`) one interval
 * (a minute / N) into the future; a request that would push it more than a minute ahead is refused.
 * One UPSERT decides and records atomically, so concurrent processes cannot both take the last request.
 *
 * It writes through a connection of its own with synchronous=NORMAL: in WAL mode that is still
 * consistent after a crash, but skips the fsync that the main connection (synchronous=FULL) makes for
 * every commit. Losing the last counts in a power cut costs nothing; an fsync per API request would.
 * If the database cannot be written (busy beyond a short wait, disk full), the request is let through:
 * an allowance is not worth refusing a reader for.
 */
import BetterSqlite3 from 'better-sqlite3';
import { getDb } from '@/db/shared';
import { logEvent } from '@/lib/log';

export type Quota = {
  allowed: boolean;
  /** Requests a minute. */
  limit: number;
  /** Requests left now (RateLimit-Remaining). */
  remaining: number;
  /** Whole seconds until the allowance is full again (RateLimit-Reset). */
  resetSeconds: number;
  /** Whole seconds until the next request is allowed; 0 when this one was (Retry-After). */
  retryAfterSeconds: number;
};

export type RateLimiter = { take(bucket: string, address: string, perMinute: number): Quota };

const MINUTE_MS = 60_000;
/** Rows whose allowance is full again carry no information; they are deleted this often. */
const SWEEP_EVERY_MS = MINUTE_MS;

/** A connection to the same database file as `main`, tuned for small, frequent, non-durable writes. */
function counterConnection(main: BetterSqlite3.Database): BetterSqlite3.Database {
  if (main.memory) return main;
  const client = new BetterSqlite3(main.name);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 200');
  return client;
}

export function databaseRateLimiter(main: BetterSqlite3.Database, now: () => number = Date.now): RateLimiter {
  const client = counterConnection(main);
  const advance = client.prepare<{ bucket: string; address: string; now: number; interval: number }, { fullAt: number }>(
    `INSERT INTO rate_limits (bucket, address, full_at) VALUES (@bucket, @address, @now + @interval)
     ON CONFLICT (bucket, address) DO UPDATE SET full_at = max(full_at, @now) + @interval
       WHERE max(full_at, @now) + @interval - @now <= ${MINUTE_MS} + 0.001
     RETURNING full_at AS fullAt`,
  );
  const current = client.prepare<[string, string], { fullAt: number }>(
    'SELECT full_at AS fullAt FROM rate_limits WHERE bucket = ? AND address = ?',
  );
  const sweep = client.prepare<[number], void>('DELETE FROM rate_limits WHERE full_at < ?');
  let sweptAt = 0;

  return {
    take(bucket, address, perMinute) {
      const time = now();
      const interval = MINUTE_MS / perMinute;
      try {
        if (time - sweptAt >= SWEEP_EVERY_MS) {
          sweep.run(time);
          sweptAt = time;
        }
        const advanced = advance.get({ bucket, address, now: time, interval });
        if (advanced) return quota(true, perMinute, advanced.fullAt - time, interval);
        const fullAt = current.get(bucket, address)?.fullAt ?? time;
        return quota(false, perMinute, fullAt - time, interval);
      } catch (error) {
        logEvent('rate_limit.unavailable', { bucket, error: error instanceof Error ? error.message : String(error) });
        return { allowed: true, limit: perMinute, remaining: perMinute, resetSeconds: 0, retryAfterSeconds: 0 };
      }
    },
  };
}

/** `ahead`: how far `full_at` now lies in the future, in milliseconds. */
function quota(allowed: boolean, limit: number, ahead: number, interval: number): Quota {
  const debt = Math.max(0, ahead);
  return {
    allowed,
    limit,
    remaining: Math.max(0, Math.floor((MINUTE_MS - debt) / interval + 1e-9)),
    resetSeconds: Math.ceil(debt / 1000),
    // The next request fits once full_at + interval is within a minute of now.
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((debt + interval - MINUTE_MS) / 1000)),
  };
}

const LIMITER_KEY = Symbol.for('hled.rateLimiter');
type WithLimiter = typeof globalThis & { [LIMITER_KEY]?: { main: BetterSqlite3.Database; limiter: RateLimiter } };

/** The process-wide limiter on the app's database (shared by the proxy's and the routes' bundles). */
export function sharedRateLimiter(): RateLimiter {
  const global = globalThis as WithLimiter;
  const main = getDb().$client;
  // A test may point the app at another database; the limiter follows it.
  if (global[LIMITER_KEY]?.main !== main) global[LIMITER_KEY] = { main, limiter: databaseRateLimiter(main) };
  return global[LIMITER_KEY].limiter;
}
