/**
 * Who works on what: assigning recommendations, one or many, and the bulk move to "under review".
 * A bulk action is all or nothing: one item out of scope or changed refuses the whole selection.
 */
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch } from './guard';
import { checkMove } from './workflow';

export const BULK_LIMIT = 100;

export function assignRecommendations(user: CurrentUser, refs: string[], assigneeId: number | null) {
  if (refs.length === 0 || refs.length > BULK_LIMIT) throw new Refusal('badSelection');
  getDb().transaction(
    (tx) => {
      if (assigneeId !== null) {
        const assignee = tx
          .select()
          .from(users)
          .where(and(eq(users.id, assigneeId), isNull(users.deactivatedAt), inArray(users.role, ['coordinator', 'admin'])))
          .get();
        if (!assignee) throw new Refusal('unknownAssignee');
      }
      for (const ref of refs) {
        const recommendation = loadForTriage(tx, user, ref);
        if (recommendation.assigneeId === assigneeId) continue;
        touch(tx, recommendation.id, { assigneeId });
        tx.insert(historyEvents)
          .values({ recommendationId: recommendation.id, actorId: user.id, actorRole: user.role, kind: 'assigned', isPublic: false, details: { assigneeId } })
          .run();
      }
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.assigned', { userId: user.id, count: refs.length, assigneeId });
}

/** The one status move that needs no response: received -> under review, for a whole selection. */
export function startReview(user: CurrentUser, refs: string[]) {
  if (refs.length === 0 || refs.length > BULK_LIMIT) throw new Refusal('badSelection');
  getDb().transaction(
    (tx) => {
      for (const ref of refs) {
        const recommendation = loadForTriage(tx, user, ref);
        const refusal = checkMove(recommendation.status, 'under_review', { linkCount: 0, hasResponse: false, hasReason: true });
        if (refusal) throw new Refusal(`${refusal}|${ref}`);
        touch(tx, recommendation.id, { status: 'under_review' });
        tx.insert(historyEvents)
          .values({ recommendationId: recommendation.id, actorId: user.id, actorRole: user.role, kind: 'status_changed', fromStatus: recommendation.status, toStatus: 'under_review', isPublic: true })
          .run();
      }
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.review_started', { userId: user.id, count: refs.length });
}
