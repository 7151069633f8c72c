/**
 * Bilateral confirmation must not stall unnoticed: when one government marks a recommendation
 * implemented, every coordinator of the other government whose pillars include it gets an account
 * notification and an e-mail in their language, in the same transaction as the proposal.
 */
import { notifications } from '@/db/schema';
import { type Government } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { confirmationRequestEmail } from './emails';
import { alertItem, coordinatorsOfPillar } from './recipients';

const otherGovernment = (government: Government): Government => (government === 'us' ? 'mx' : 'us');

export function requestConfirmation(tx: Tx, recommendationId: number, markedBy: Government, proposalEventId: number): QueuedEmail[] {
  const item = alertItem(tx, recommendationId);
  if (!item) return [];
  return coordinatorsOfPillar(tx, item.pillarId, otherGovernment(markedBy)).map((coordinator) => {
    tx.insert(notifications)
      .values({ userId: coordinator.id, recommendationId, historyEventId: proposalEventId, kind: 'confirmation_requested' })
      .run();
    const email = confirmationRequestEmail(coordinator.preferredLocale, coordinator.name, markedBy, item);
    return queueEmail(tx, { userId: coordinator.id, to: coordinator.email, locale: coordinator.preferredLocale, ...email });
  });
}
