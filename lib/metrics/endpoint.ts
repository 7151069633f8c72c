/**
 * The /metrics answer (served by scripts/server.mjs before Next's proxy). Off unless METRICS_TOKEN is set
 * (404, as if there were no such page); then only a request with `Authorization: Bearer <METRICS_TOKEN>`
 * gets the metrics. The token is compared in constant time (both sides hashed first, so even its length
 * does not leak).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MetricsAnswer } from '@/lib/server/hooks';
import { metrics } from './registry';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
  // Always compare, even with nothing presented, so a missing header takes the same time as a wrong one.
  return timingSafeEqual(digest(presented), digest(token));
}

export async function metricsAnswer(authorization: string | undefined, token = process.env.METRICS_TOKEN?.trim()): Promise<MetricsAnswer> {
  if (!token) return { status: 404, headers: {}, body: 'Not found\n' };
  if (!bearerMatches(authorization, token)) {
    return {
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      body: 'A bearer token is needed: Authorization: Bearer <METRICS_TOKEN>\n',
    };
  }
  const { registry } = metrics();
  return { status: 200, headers: { 'Content-Type': registry.contentType }, body: await registry.metrics() };
}
