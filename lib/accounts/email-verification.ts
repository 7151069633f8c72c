import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { verificationEmail } from '@/lib/email/templates';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { consumeToken, maySendToken, queueTokenEmail, type TokenCheck } from './tokens';

/** Confirms the e-mail address a verification link was sent to. */
export function verifyEmail(token: string): TokenCheck {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const check = consumeToken(tx, token, 'verify_email');
      if (check.ok) {
        tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, check.userId)).run();
        logEvent('account.email_verified', { userId: check.userId });
      }
      return check;
    },
    { behavior: 'immediate' },
  );
}

/** Sends a fresh confirmation link (leading back to `returnPath`, already checked, once confirmed); the earlier ones stop working. */
export async function resendVerification(userId: number, returnPath?: string): Promise<QueuedEmail | null> {
  const db = getDb();
  const queued = db.transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!user || user.emailVerifiedAt) return null;
      if (!maySendToken(tx, user.id, 'verify_email')) throw new Refusal('tooManyEmails');
      return queueTokenEmail(tx, user, 'verify_email', (locale, name, token) => verificationEmail(locale, name, token, returnPath));
    },
    { behavior: 'immediate' },
  );
  if (queued) await deliver(queued);
  return queued;
}
