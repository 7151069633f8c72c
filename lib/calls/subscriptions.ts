/**
 * Subscriptions per pillar: a person with an account hears when a call covering the pillar opens, a
 * reminder before it closes, and a digest when its meeting reports. Unsubscribing needs no sign-in.
 */
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { pillars, pillarSubscriptions } from '@/db/schema';
import { logEvent } from '@/lib/log';
import { readUnsubscribeToken } from './unsubscribe-token';

export function subscribedPillars(userId: number) {
  return getDb()
    .select({ slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs })
    .from(pillarSubscriptions)
    .innerJoin(pillars, eq(pillars.id, pillarSubscriptions.pillarId))
    .where(eq(pillarSubscriptions.userId, userId))
    .orderBy(asc(pillars.number))
    .all();
}

/** Replaces the person's subscriptions with the pillars chosen; those kept keep their creation time (and links). */
export function saveSubscriptions(userId: number, slugs: string[], now = new Date()) {
  const db = getDb();
  db.transaction(
    (tx) => {
      const chosen = slugs.length ? tx.select({ id: pillars.id }).from(pillars).where(inArray(pillars.slug, slugs)).all() : [];
      const ids = chosen.map((p) => p.id);
      const current = tx
        .select({ pillarId: pillarSubscriptions.pillarId })
        .from(pillarSubscriptions)
        .where(eq(pillarSubscriptions.userId, userId))
        .all();
      for (const { pillarId } of current) {
        if (!ids.includes(pillarId))
          tx.delete(pillarSubscriptions)
            .where(and(eq(pillarSubscriptions.userId, userId), eq(pillarSubscriptions.pillarId, pillarId)))
            .run();
      }
      for (const pillarId of ids) tx.insert(pillarSubscriptions).values({ userId, pillarId, createdAt: now }).onConflictDoNothing().run();
    },
    { behavior: 'immediate' },
  );
  logEvent('calls.subscriptions_saved', { userId, pillars: slugs.length });
}

export type UnsubscribeResult =
  { ok: true; pillar: { number: number; titleEn: string; titleEs: string } } | { ok: false; reason: 'invalid' | 'used' };

/** What the unsubscribe page shows before the person confirms: the pillar the link names, if it is still live. */
export function describeUnsubscribe(token: string): UnsubscribeResult {
  const ref = readUnsubscribeToken(token);
  if (!ref) return { ok: false, reason: 'invalid' };
  const row = liveSubscription(ref);
  return row ? { ok: true, pillar: row } : { ok: false, reason: 'used' };
}

export function unsubscribe(token: string): UnsubscribeResult {
  const ref = readUnsubscribeToken(token);
  if (!ref) return { ok: false, reason: 'invalid' };
  const row = liveSubscription(ref);
  if (!row) return { ok: false, reason: 'used' };
  getDb()
    .delete(pillarSubscriptions)
    .where(and(eq(pillarSubscriptions.userId, ref.userId), eq(pillarSubscriptions.pillarId, ref.pillarId)))
    .run();
  logEvent('calls.unsubscribed', { userId: ref.userId, pillarId: ref.pillarId });
  return { ok: true, pillar: row };
}

function liveSubscription(ref: { userId: number; pillarId: number; createdAt: number }) {
  return getDb()
    .select({ number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs })
    .from(pillarSubscriptions)
    .innerJoin(pillars, eq(pillars.id, pillarSubscriptions.pillarId))
    .where(
      and(
        eq(pillarSubscriptions.userId, ref.userId),
        eq(pillarSubscriptions.pillarId, ref.pillarId),
        eq(pillarSubscriptions.createdAt, new Date(ref.createdAt)),
      ),
    )
    .get();
}
