import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, notifications, recommendations } from '@/db/schema';
import { SUBMITTER_NOTIFICATION_KINDS } from '@/db/vocabulary';

/** The newest news about a person's own recommendations, as shown on their account page (a coordinator's alerts are listed apart). */
export function listNotifications(userId: number, limit = 10) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      ref: recommendations.ref,
      // A co-signer's news is about someone else's item: its link goes to the public page (lib/cosigning).
      submitterId: recommendations.submitterId,
      toStatus: historyEvents.toStatus,
      publicResponseEn: historyEvents.publicResponseEn,
      publicResponseEs: historyEvents.publicResponseEs,
    })
    .from(notifications)
    .innerJoin(recommendations, eq(recommendations.id, notifications.recommendationId))
    .leftJoin(historyEvents, eq(historyEvents.id, notifications.historyEventId))
    .where(and(eq(notifications.userId, userId), inArray(notifications.kind, [...SUBMITTER_NOTIFICATION_KINDS])))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}
