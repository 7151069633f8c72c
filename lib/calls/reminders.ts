/**
 * The reminder before a call closes: once per call, to its pillars' subscribers, when fewer than
 * REMIND_BEFORE_MS remain. Run by the in-process schedule (instrumentation.ts); idempotent, since each
 * call is marked when its reminders are queued and each person gets each e-mail once (call_emails).
 */
import 'server-only';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { calls } from '@/db/schema';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { queueCallEmails } from './emails';

export const REMIND_BEFORE_MS = 3 * 24 * 60 * 60 * 1000;

export async function sendClosingReminders(now: Date): Promise<number> {
  const emails = getDb().transaction(
    (tx) => {
      const due = tx
        .select()
        .from(calls)
        .where(
          and(
            eq(calls.state, 'open'),
            isNull(calls.reminderSentAt),
            gt(calls.closesAt, now),
            lte(calls.closesAt, new Date(now.getTime() + REMIND_BEFORE_MS)),
          ),
        )
        .all();
      const queued: QueuedEmail[] = [];
      for (const call of due) {
        queued.push(...queueCallEmails(tx, call, 'closing_soon'));
        tx.update(calls).set({ reminderSentAt: now }).where(eq(calls.id, call.id)).run();
      }
      return queued;
    },
    { behavior: 'immediate' },
  );
  for (const email of emails) await deliver(email);
  if (emails.length) logEvent('calls.reminders_sent', { emails: emails.length });
  return emails.length;
}
