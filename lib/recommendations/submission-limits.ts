/**
 * Per-account submission limits (ASVS 11.1.4): enough for an organization sending a batch of
 * recommendations, too few for a script flooding the coordinators' queue.
 */
import { and, eq, gte } from 'drizzle-orm';
import { historyEvents } from '@/db/schema';
import type { Tx } from '@/db/types';

export const SUBMISSION_LIMITS = [
  { windowMs: 60 * 60 * 1000, max: 10 },
  { windowMs: 24 * 60 * 60 * 1000, max: 30 },
] as const;

/** When this account may submit again, or null when it may now. */
export function nextSubmissionAllowedAt(tx: Tx, userId: number, now = Date.now()): Date | null {
  for (const { windowMs, max } of SUBMISSION_LIMITS) {
    const since = new Date(now - windowMs);
    const recent = tx
      .select({ at: historyEvents.createdAt })
      .from(historyEvents)
      .where(and(eq(historyEvents.actorId, userId), eq(historyEvents.kind, 'submitted'), gte(historyEvents.createdAt, since)))
      .orderBy(historyEvents.createdAt)
      .all();
    if (recent.length >= max) return new Date(recent[recent.length - max]!.at.getTime() + windowMs);
  }
  return null;
}
