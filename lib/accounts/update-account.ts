import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { checkCurrentPassword, type AttemptOrigin } from '@/lib/auth/sign-in';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import type { z } from 'zod';
import type { accountDetailsSchema } from './schemas';

export function updateAccountDetails(userId: number, input: z.output<typeof accountDetailsSchema>) {
  getDb()
    .update(users)
    .set({
      name: input.name,
      organization: input.organization,
      sector: input.sector,
      country: input.country,
      preferredLocale: input.preferredLocale,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId))
    .run();
  logEvent('account.updated', { userId });
}

export type PasswordChangeResult =
  { ok: true } | { ok: false; field: 'currentPassword' | 'newPassword'; reason: 'wrongPassword' | 'passwordTooCommon' };

/**
 * Changes the password and ends every session of the account, this one included (ASVS 3.3.3). Wrong
 * current passwords count like wrong passwords at sign-in, so a stolen session cannot guess it.
 */
export async function changePassword(
  userId: number,
  currentPassword: string,
  newPassword: string,
  origin: AttemptOrigin,
): Promise<PasswordChangeResult> {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  const check = await checkCurrentPassword(userId, currentPassword, origin);
  if (!check.ok && check.reason === 'throttled') throw new Refusal(`tooManyAttempts|${check.retryAt.toISOString()}`);
  if (!check.ok && check.reason === 'unavailable') throw new Refusal('unavailable');
  if (!user || !check.ok) return { ok: false, field: 'currentPassword', reason: 'wrongPassword' };
  if (passwordProblem(newPassword, [user.name, user.email]) === 'tooCommon') {
    return { ok: false, field: 'newPassword', reason: 'passwordTooCommon' };
  }
  const passwordHash = await hashPassword(newPassword);
  db.update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
  logEvent('account.password_changed', { userId });
  return { ok: true };
}
