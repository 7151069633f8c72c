/**
 * Checks an e-mail and password for the credentials provider: throttled per account and address,
 * the same answer and the same work for an unknown address as for a wrong password.
 */
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { logEvent } from '@/lib/log';
import { verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH } from './password-policy-length';
import { clearAccountFailures, recordSignInFailure, signInRetryAt } from './throttle';

export type SignInResult =
  | { ok: true; user: { id: number; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

export async function checkCredentials(rawEmail: unknown, rawPassword: unknown, address: string | null): Promise<SignInResult> {
  const email = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase().slice(0, 254) : '';
  const password = typeof rawPassword === 'string' ? rawPassword : '';
  if (!email || !password || password.length > PASSWORD_MAX_LENGTH * 4) {
    // Not counted against the account: no password was tried. Logged, as every failed sign-in is.
    logEvent('auth.sign_in.failed', { email: email || null, address, reason: !email ? 'no_email' : !password ? 'no_password' : 'password_too_long' });
    return { ok: false, reason: 'invalid' };
  }

  const retryAt = signInRetryAt(email, address);
  if (retryAt) {
    logEvent('auth.sign_in.throttled', { email, address, retryAt: retryAt.toISOString() });
    return { ok: false, reason: 'throttled', retryAt };
  }
  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  const matches = await verifyPassword(user?.passwordHash, password);
  if (!user || !matches || user.deactivatedAt) {
    recordSignInFailure(email, address);
    logEvent('auth.sign_in.failed', { email, address, reason: !user ? 'unknown_account' : user.deactivatedAt ? 'deactivated' : 'wrong_password' });
    return { ok: false, reason: 'invalid' };
  }
  clearAccountFailures(email);
  logEvent('auth.sign_in.succeeded', { userId: user.id, address });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
