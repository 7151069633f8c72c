/**
 * Password reset by e-mail link. Asking for a link says the same thing whether or not the address has
 * an account (ASVS 2.5.2-ish: no account enumeration); using it changes the password and ends every
 * session of the account.
 */
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { passwordResetEmail } from '@/lib/email/templates';
import { logEvent } from '@/lib/log';
import { consumeToken, maySendToken, queueTokenEmail } from './tokens';

export async function requestPasswordReset(email: string): Promise<QueuedEmail | null> {
  const db = getDb();
  const queued = db.transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.email, email)).get();
      if (!user || user.deactivatedAt) return null;
      // Past the limit nothing is sent, and the answer stays the same, so it tells nobody the address exists.
      if (!maySendToken(tx, user.id, 'reset_password')) {
        logEvent('account.password_reset_throttled', { userId: user.id });
        return null;
      }
      return queueTokenEmail(tx, user, 'reset_password', passwordResetEmail);
    },
    { behavior: 'immediate' },
  );
  if (queued) await deliver(queued);
  logEvent('account.password_reset_requested', { found: queued !== null });
  return queued;
}

export type ResetResult = { ok: true } | { ok: false; reason: 'invalid' | 'expired' | 'used' | 'passwordTooCommon' };

export async function resetPassword(token: string, password: string): Promise<ResetResult> {
  if (passwordProblem(password) === 'tooCommon') return { ok: false, reason: 'passwordTooCommon' };
  const passwordHash = await hashPassword(password);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const check = consumeToken(tx, token, 'reset_password');
      if (!check.ok) return check;
      tx.update(users)
        .set({
          passwordHash,
          // Reading the mail proves the address too.
          emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${Date.now()})`,
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, check.userId))
        .run();
      logEvent('account.password_reset', { userId: check.userId });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}
