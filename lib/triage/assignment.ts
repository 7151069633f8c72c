/**
 * Who works on what: assigning recommendations, one or many, and the bulk move to "under review".
 * A bulk action is all or nothing: one item out of scope, or changed since the version the caller read
 * it at, refuses the whole selection.
 */
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch } from './guard';
import { checkMove } from '@/lib/recommendations/lifecycle';
import { appendHistory } from '@/db/history';

export const BULK_LIMIT = 100;

/** A selected recommendation and the version the caller's page showed. */
export type Selected = { ref: string; version: number };

export function assignRecommendations(user: CurrentUser, items: Selected[], assigneeId: number | null) {
  if (items.length === 0 || items.length > BULK_LIMIT) throw new Refusal('badSelection');
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
      for (const { ref, version } of items) {
        const recommendation = loadForTriage(tx, user, ref, version);
        if (recommendation.assigneeId === assigneeId) continue;
        touch(tx, recommendation.id, { assigneeId });
        appendHistory(tx, { recommendationId: recommendation.id, actor: user, kind: 'assigned', isPublic: false, details: { assigneeId } });
      }
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.assigned', { userId: user.id, count: items.length, assigneeId });
}

/** The one status move that needs no response: received -> under review, for a whole selection. */
export function startReview(user: CurrentUser, items: Selected[]) {
  if (items.length === 0 || items.length > BULK_LIMIT) throw new Refusal('badSelection');
  getDb().transaction(
    (tx) => {
      for (const { ref, version } of items) {
        const recommendation = loadForTriage(tx, user, ref, version);
        const refusal = checkMove(recommendation.status, 'under_review', {
          linkCount: 0,
          hasResponse: false,
          hasReason: true,
          hasOriginal: false,
        });
        if (refusal) throw new Refusal(`${refusal}|${ref}`);
        touch(tx, recommendation.id, { status: 'under_review' });
        appendHistory(tx, {
          recommendationId: recommendation.id,
          actor: user,
          kind: 'status_changed',
          from: recommendation.status,
          to: 'under_review',
          isPublic: true,
        });
      }
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.review_started', { userId: user.id, count: items.length });
}
