/**
 * The per-address limit of the open data (API, CSV, feed) and of the HTML register: the figure the
 * /data page and the OpenAPI document state, counted per address (lib/rate-limit/address.ts) in the
 * database (lib/rate-limit/store.ts).
 */
import { countRateLimitRefusal } from '@/lib/metrics/count';
import { addressKey, clientAddress } from '@/lib/rate-limit/address';
import { sharedRateLimiter, type Quota, type RateLimiter } from '@/lib/rate-limit/store';

export type { Quota, RateLimiter };

export const DEFAULT_PER_MINUTE = 120;
/** The key of callers whose address this server cannot know (only when its connection hook is missing). */
export const UNKNOWN_ADDRESS = 'unknown';

/** API_RATE_LIMIT_PER_MINUTE, else DEFAULT_PER_MINUTE: the limit per address the /data page states. */
export function apiRateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

/** The address a request is counted under. */
export function clientKey(headers: Headers): string {
  const address = clientAddress(headers);
  return address ? addressKey(address) : UNKNOWN_ADDRESS;
}

export type Allowance = 'api' | 'register';

/** Takes one request from the caller's allowance of `bucket`. */
export function takeRequest(bucket: Allowance, headers: Headers, options: { limiter?: RateLimiter; perMinute?: number } = {}): Quota {
  const quota = (options.limiter ?? sharedRateLimiter()).take(bucket, clientKey(headers), options.perMinute ?? apiRateLimitPerMinute());
  if (!quota.allowed) countRateLimitRefusal();
  return quota;
}

/** "1 second", "2 seconds": the English wording of the API's 429 message. */
export function tooManyRequestsMessage(quota: Quota): string {
  const seconds = `${quota.retryAfterSeconds} ${quota.retryAfterSeconds === 1 ? 'second' : 'seconds'}`;
  return `Too many requests: this address may make ${quota.limit} requests a minute. Try again in ${seconds}.`;
}
