/**
 * What a coordinator's account and queue show them: the latest confirmation requests and new
 * submissions they were told about, each with whether it still needs them (a request their government
 * has not answered yet, a submission still received).
 */
import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, notifications, recommendations, statusConfirmations } from '@/db/schema';
import { type Government } from '@/db/vocabulary';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar, speaksFor } from '@/lib/auth/permissions';

export const COORDINATOR_NOTIFICATION_KINDS = ['confirmation_requested', 'new_submission'] as const;

export type CoordinatorNews = {
  id: number;
  kind: (typeof COORDINATOR_NOTIFICATION_KINDS)[number];
  at: Date;
  ref: string;
  title: string;
  language: 'en' | 'es';
  /** For a confirmation request: the government that marked it. */
  markedBy: Government | null;
  /** Still waiting for this coordinator (or their government). */
  open: boolean;
};

export function listCoordinatorNews(user: CurrentUser, limit = 10): CoordinatorNews[] {
  const db = getDb();
  const rows = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      at: notifications.createdAt,
      recommendationId: recommendations.id,
      pillarId: recommendations.pillarId,
      ref: recommendations.ref,
      title: recommendations.title,
      language: recommendations.language,
      status: recommendations.status,
      pendingStatus: recommendations.pendingStatus,
      details: historyEvents.details,
    })
    .from(notifications)
    .innerJoin(recommendations, eq(recommendations.id, notifications.recommendationId))
    .leftJoin(historyEvents, eq(historyEvents.id, notifications.historyEventId))
    .where(and(eq(notifications.userId, user.id), inArray(notifications.kind, [...COORDINATOR_NOTIFICATION_KINDS])))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all()
    // A coordinator whose pillars changed since is not shown what is no longer theirs.
    .filter((row) => mayActOnPillar(user, row.pillarId));
  const government = speaksFor(user);
  const answered = new Set(
    government && rows.length > 0
      ? db
          .select({ id: statusConfirmations.recommendationId })
          .from(statusConfirmations)
          .where(
            and(
              inArray(
                statusConfirmations.recommendationId,
                rows.map((r) => r.recommendationId),
              ),
              eq(statusConfirmations.government, government),
            ),
          )
          .all()
          .map((c) => c.id)
      : [],
  );
  return rows.map((row) => {
    const marked = row.details?.government;
    return {
      id: row.id,
      kind: row.kind as CoordinatorNews['kind'],
      at: row.at,
      ref: row.ref,
      title: row.title,
      language: row.language,
      markedBy: marked === 'us' || marked === 'mx' ? marked : null,
      open: row.kind === 'new_submission' ? row.status === 'received' : row.pendingStatus !== null && !answered.has(row.recommendationId),
    };
  });
}
