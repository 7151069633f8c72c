/**
 * Coordinators who asked to hear of each new submission in their pillars get a notification and an
 * e-mail for it, written in the submission's own transaction. Those who chose the daily digest hear of
 * it in the next digest (digest.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import { perConnection } from '@/db/prepared';
import { alertPreferences, notifications, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { newSubmissionEmail } from './emails';
import { alertItem, coordinatesPillar } from './recipients';

// Run on every submission: prepared once per connection (db/prepared.ts).
const immediateSubscribers = perConnection((tx: Tx) =>
  tx
    .select({ id: users.id, name: users.name, email: users.email, preferredLocale: users.preferredLocale })
    .from(users)
    .innerJoin(alertPreferences, eq(alertPreferences.userId, users.id))
    .where(and(eq(alertPreferences.newSubmissions, 'immediate'), coordinatesPillar(tx, sql.placeholder('pillarId'))))
    .prepare(),
);
const insertAlert = perConnection((tx: Tx) =>
  tx
    .insert(notifications)
    .values({ userId: sql.placeholder('userId'), recommendationId: sql.placeholder('recommendationId'), kind: 'new_submission' })
    .prepare(),
);

export function alertImmediateSubscribers(tx: Tx, recommendationId: number): QueuedEmail[] {
  const item = alertItem(tx, recommendationId);
  if (!item) return [];
  const subscribers = immediateSubscribers(tx).all({ pillarId: item.pillarId });
  return subscribers.map((coordinator) => {
    insertAlert(tx).run({ userId: coordinator.id, recommendationId });
    const email = newSubmissionEmail(coordinator.preferredLocale, coordinator.name, item);
    return queueEmail(tx, { userId: coordinator.id, to: coordinator.email, locale: coordinator.preferredLocale, ...email });
  });
}
