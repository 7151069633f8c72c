/**
 * The one-click unsubscribe link: a token signed with the app's secret (HMAC-SHA-256) naming one
 * subscription, the person's to one pillar, as it was created. It needs no sign-in, and it works once:
 * after unsubscribing, a new subscription to the same pillar has another creation time and the old link
 * no longer names it.
 */
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from '@/lib/auth/secret';

export type SubscriptionRef = { userId: number; pillarId: number; createdAt: number };

const sign = (payload: string) => createHmac('sha256', `unsubscribe:${getAuthSecret()}`).update(payload).digest('base64url');

export function unsubscribeToken(ref: SubscriptionRef): string {
  const payload = `${ref.userId}.${ref.pillarId}.${ref.createdAt}`;
  return `${payload}.${sign(payload)}`;
}

/** The subscription a token names, or null when it was not signed by this app. */
export function readUnsubscribeToken(token: string): SubscriptionRef | null {
  const match = /^(\d{1,12})\.(\d{1,6})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId = '', pillarId = '', createdAt = '', signature = ''] = match;
  const expected = Buffer.from(sign(`${userId}.${pillarId}.${createdAt}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: Number(userId), pillarId: Number(pillarId), createdAt: Number(createdAt) };
}
