import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, notifications, recommendations } from '@/db/schema';

/** The newest news about a stakeholder's recommendations, as shown on their account page. */
export function listNotifications(userId: number, limit = 10) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      ref: recommendations.ref,
      toStatus: historyEvents.toStatus,
      publicResponseEn: historyEvents.publicResponseEn,
      publicResponseEs: historyEvents.publicResponseEs,
    })
    .from(notifications)
    .innerJoin(recommendations, eq(recommendations.id, notifications.recommendationId))
    .leftJoin(historyEvents, eq(historyEvents.id, notifications.historyEventId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}
