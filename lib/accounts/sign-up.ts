/**
 * Creates a stakeholder account and sends the e-mail confirmation link. The password is hashed
 * before the write transaction opens: no slow work holds the database lock (docs/security.md, "Data durability").
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { accountExistsEmail, verificationEmail } from '@/lib/email/templates';
import { logEvent } from '@/lib/log';
import type { z } from 'zod';
import type { signUpSchema } from './schemas';
import type { Tx } from '@/db/types';
import { issueToken, maySendToken } from './tokens';

export type SignUpResult = { ok: true; email: QueuedEmail | null } | { ok: false; field: 'password'; reason: 'passwordTooCommon' };

/**
 * Creates the account and queues its confirmation link; or, for an address that already has an account,
 * queues its owner a note with a password-reset link instead (the answer never says which). Both
 * paths hash the password and write in one transaction, so they take the same time; delivery happens
 * after the answer (the caller's job).
 */
export async function signUp(input: z.output<typeof signUpSchema>): Promise<SignUpResult> {
  if (passwordProblem(input.password, [input.name, input.email, input.organization ?? '']) === 'tooCommon') {
    return { ok: false, field: 'password', reason: 'passwordTooCommon' };
  }
  const passwordHash = await hashPassword(input.password);
  const result = getDb().transaction(
    (tx) => {
      const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
      if (existing) return { userId: null, email: noteToExistingOwner(tx, existing) };
      const now = new Date();
      const user = tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          passwordHash,
          role: 'stakeholder',
          organization: input.organization,
          sector: input.sector,
          country: input.country,
          preferredLocale: input.preferredLocale,
          privacyConsentAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id })
        .get();
      const token = issueToken(tx, user.id, 'verify_email');
      const email = queueEmail(tx, {
        userId: user.id,
        to: input.email,
        locale: input.preferredLocale,
        ...verificationEmail(input.preferredLocale, input.name, token, input.returnPath),
      });
      return { userId: user.id, email };
    },
    { behavior: 'immediate' },
  );
  logEvent(result.userId ? 'account.created' : 'account.sign_up_for_existing_address', result.userId ? { userId: result.userId } : {});
  return { ok: true, email: result.email };
}

/** "You already have an account", with a reset link; nothing past the reset links' limit, or for a deactivated account. */
function noteToExistingOwner(tx: Tx, owner: typeof users.$inferSelect): QueuedEmail | null {
  if (owner.deactivatedAt || !maySendToken(tx, owner.id, 'reset_password')) return null;
  const token = issueToken(tx, owner.id, 'reset_password');
  return queueEmail(tx, {
    userId: owner.id,
    to: owner.email,
    locale: owner.preferredLocale,
    ...accountExistsEmail(owner.preferredLocale, owner.name, token),
  });
}
