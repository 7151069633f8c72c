/**
 * Creates a stakeholder account and sends the e-mail confirmation link. The password is hashed
 * before the write transaction opens: no slow work holds the database lock (SECURITY.md 3.4).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { deliver, queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { verificationEmail } from '@/lib/email/templates';
import { logEvent } from '@/lib/log';
import type { z } from 'zod';
import type { signUpSchema } from './schemas';
import { issueToken } from './tokens';

export type SignUpResult =
  | { ok: true; userId: number; email: QueuedEmail }
  | { ok: false; field: 'email' | 'password'; reason: 'emailTaken' | 'passwordTooCommon' };

export async function signUp(input: z.output<typeof signUpSchema>): Promise<SignUpResult> {
  if (passwordProblem(input.password, [input.name, input.email, input.organization ?? '']) === 'tooCommon') {
    return { ok: false, field: 'password', reason: 'passwordTooCommon' };
  }
  const db = getDb();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
    return { ok: false, field: 'email', reason: 'emailTaken' };
  }
  const passwordHash = await hashPassword(input.password);
  const created = db.transaction(
    (tx) => {
      // Checked again inside the transaction: two sign-ups for one address cannot both pass.
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) return null;
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
        ...verificationEmail(input.preferredLocale, input.name, token),
      });
      return { userId: user.id, email };
    },
    { behavior: 'immediate' },
  );
  if (!created) return { ok: false, field: 'email', reason: 'emailTaken' };
  await deliver(created.email);
  logEvent('account.created', { userId: created.userId });
  return { ok: true, ...created };
}
