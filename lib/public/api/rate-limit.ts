/**
 * A per-address rate limit for the open data (API, CSV, feed): a token bucket per address, held in
 * memory. Each process keeps its own buckets, which is enough for the single-process deployment this
 * app ships as; several instances would each allow the limit.
 */
import { countRateLimitRefusal } from '@/lib/metrics/count';
import { trustedClientAddress } from '@/lib/security/client-address';

export type Quota = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again (RateLimit-Reset). */
  resetSeconds: number;
  /** Seconds until the next request is allowed; 0 when this one was. */
  retryAfterSeconds: number;
};

export type RateLimiter = { take(key: string, perMinute: number): Quota };

const MINUTE_MS = 60_000;

/**
 * Buckets live in a Map kept in least-recently-used order; past `maxKeys` the oldest is dropped. A bucket
 * idle for a minute is full, so dropping it loses nothing; only a flood of new addresses within one minute
 * could drop a bucket that was still refilling, and then that address just starts afresh.
 */
export function createRateLimiter({ maxKeys = 10_000, now = Date.now }: { maxKeys?: number; now?: () => number } = {}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, perMinute) {
      const time = now();
      const perMs = perMinute / MINUTE_MS;
      const previous = buckets.get(key);
      buckets.delete(key);
      let tokens = previous ? Math.min(perMinute, previous.tokens + (time - previous.at) * perMs) : perMinute;
      const allowed = tokens >= 1;
      if (allowed) tokens -= 1;
      else countRateLimitRefusal();
      buckets.set(key, { tokens, at: time });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return {
        allowed,
        limit: perMinute,
        remaining: Math.floor(tokens),
        resetSeconds: Math.ceil((perMinute - tokens) / perMs / 1000),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
      };
    },
  };
}

export const DEFAULT_PER_MINUTE = 120;
/** Callers we cannot tell apart share one bucket, so it is this many times larger (see clientKey). */
export const SHARED_BUCKET_FACTOR = 10;
export const SHARED_KEY = 'shared';

/** API_RATE_LIMIT_PER_MINUTE, else DEFAULT_PER_MINUTE: the limit per address the /data page states. */
export function apiRateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

/**
 * Whose bucket a request draws from. A route handler cannot see the connection's address, and any
 * client can send X-Forwarded-For, so the header is believed only when TRUST_PROXY=1 says a reverse
 * proxy sets it. Then we take its last hop: the address our proxy saw (a proxy that appends writes it
 * last; one that replaces the header writes only it), where the first hop could be forged by the client.
 * X-Real-IP is the fallback for proxies that set only it. Without a trusted proxy every caller shares
 * one bucket, made SHARED_BUCKET_FACTOR times larger: it then guards the server against a runaway
 * scraper rather than sharing the API fairly, which needs the proxy.
 */
export function clientKey(headers: Headers): string {
  const address = trustedClientAddress((name) => headers.get(name));
  return address ? `address:${address}` : SHARED_KEY;
}

export function limitFor(key: string, perMinute = apiRateLimitPerMinute()): number {
  return key === SHARED_KEY ? perMinute * SHARED_BUCKET_FACTOR : perMinute;
}
