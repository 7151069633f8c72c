/**
 * Telling the submitter: every public status change, link or merge becomes a notification in their
 * account and an e-mail in their preferred language, written in the same transaction as the change.
 * Its signed co-signers are told too (lib/cosigning/notify.ts).
 */
import { eq } from 'drizzle-orm';
import { notifications, users } from '@/db/schema';
import { type NOTIFICATION_KINDS } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { updateEmail } from '@/lib/email/templates';
import { notifyCosigners } from '@/lib/cosigning/notify';
import type { TriageRecommendation } from './guard';

export function notifySubmitter(
  tx: Tx,
  recommendation: TriageRecommendation,
  historyEventId: number,
  kind: (typeof NOTIFICATION_KINDS)[number],
  detail: {
    status?: TriageRecommendation['status'];
    responseEn?: string | null;
    responseEs?: string | null;
    initiativeTitle?: { en: string; es: string };
    mergedInto?: string;
  },
): QueuedEmail | null {
  notifyCosigners(tx, recommendation, historyEventId, kind);
  if (!recommendation.submitterId) return null;
  const submitter = tx.select().from(users).where(eq(users.id, recommendation.submitterId)).get();
  if (!submitter || submitter.deactivatedAt) return null;
  tx.insert(notifications).values({ userId: submitter.id, recommendationId: recommendation.id, historyEventId, kind }).run();
  const email = updateEmail(submitter.preferredLocale, submitter.name, recommendation.ref, kind, detail);
  return queueEmail(tx, { userId: submitter.id, to: submitter.email, locale: submitter.preferredLocale, ...email });
}
