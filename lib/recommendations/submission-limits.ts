/**
 * Per-account submission limits (ASVS 11.1.4): enough for an organization sending a batch of
 * recommendations, too few for a script flooding the coordinators' queue.
 */
import { and, eq, gte, sql } from 'drizzle-orm';
import { historyEvents } from '@/db/schema';
import { perConnection } from '@/db/prepared';
import type { Tx } from '@/db/types';

export const SUBMISSION_LIMITS = [
  { windowMs: 60 * 60 * 1000, max: 10 },
  { windowMs: 24 * 60 * 60 * 1000, max: 30 },
] as const;

// Read twice on every submission: prepared once per connection (db/prepared.ts). `since` goes in as
// milliseconds, as the column stores it.
const recentSubmissions = perConnection((tx: Tx) =>
  tx
    .select({ at: historyEvents.createdAt })
    .from(historyEvents)
    .where(
      and(
        eq(historyEvents.actorId, sql.placeholder('userId')),
        eq(historyEvents.kind, 'submitted'),
        gte(historyEvents.createdAt, sql.placeholder('since')),
      ),
    )
    .orderBy(historyEvents.createdAt)
    .prepare(),
);

/** When this account may submit again, or null when it may now. */
export function nextSubmissionAllowedAt(tx: Tx, userId: number, now = Date.now()): Date | null {
  for (const { windowMs, max } of SUBMISSION_LIMITS) {
    const recent = recentSubmissions(tx).all({ userId, since: now - windowMs });
    if (recent.length >= max) return new Date(recent[recent.length - max]!.at.getTime() + windowMs);
  }
  return null;
}
