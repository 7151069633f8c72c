/**
 * Checks an e-mail and password (and, for an account with two-step sign-in, a code) for the credentials
 * provider, and the current password before a password change: the same throttle for both (throttle.ts),
 * the same answer and the same work for an unknown address as for a wrong password, and closed when an
 * attempt cannot be counted.
 */
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { logEvent } from '@/lib/log';
import { deviceIdFor, rememberDevice } from './device';
import { verifySecondFactor } from './mfa';
import { verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH } from './password-policy-length';
import { releaseAttempt, reserveAttempt, throttleKeys, type Reservation } from './throttle';

/** Who is trying: the address (only behind a declared proxy) and the browser's cookies (its device cookie). */
export type AttemptOrigin = { address: string | null; cookieHeader?: string | null };

type Refused = { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAt: Date } | { ok: false; reason: 'unavailable' };
export type SignInResult =
  { ok: true; user: { id: number; sessionVersion: number; mfa: boolean } } | Refused | { ok: false; reason: 'mfaRequired' | 'invalidCode' };

type UserRow = typeof users.$inferSelect;
type Guarded = { ok: true; reservation: Reservation } | Refused;

/**
 * Counts the attempt first, then checks the password: a failure stays counted, a success is released by
 * the caller once the whole sign-in succeeded.
 */
async function guardedPasswordCheck(email: string, user: UserRow | undefined, password: string, origin: AttemptOrigin): Promise<Guarded> {
  let reserved;
  try {
    const deviceId = user ? deviceIdFor(origin.cookieHeader, user.id) : null;
    reserved = reserveAttempt(throttleKeys({ email, deviceId, address: origin.address }));
  } catch (error) {
    logEvent('auth.attempt_unrecorded', {
      email,
      address: origin.address,
      message: error instanceof Error ? error.message : String(error),
    });
    return { ok: false, reason: 'unavailable' };
  }
  if (!reserved.ok) {
    logEvent('auth.sign_in.throttled', { email, address: origin.address, retryAt: reserved.retryAt.toISOString() });
    return { ok: false, reason: 'throttled', retryAt: reserved.retryAt };
  }
  const matches = await verifyPassword(user?.passwordHash, password);
  if (!user || !matches || user.deactivatedAt) {
    logEvent('auth.sign_in.failed', {
      email,
      address: origin.address,
      reason: !user ? 'unknown_account' : user.deactivatedAt ? 'deactivated' : 'wrong_password',
    });
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, reservation: reserved.reservation };
}

function release(reservation: Reservation) {
  try {
    releaseAttempt(reservation);
  } catch {
    // The attempt stays counted as a failure: harmless, and the person is already in.
  }
}

export async function checkCredentials(
  rawEmail: unknown,
  rawPassword: unknown,
  origin: AttemptOrigin | null,
  rawCode?: unknown,
): Promise<SignInResult> {
  const email = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase().slice(0, 254) : '';
  const password = typeof rawPassword === 'string' ? rawPassword : '';
  const code = typeof rawCode === 'string' ? rawCode.slice(0, 64) : '';
  const from = origin ?? { address: null };
  if (!email || !password || password.length > PASSWORD_MAX_LENGTH * 4) {
    // Not counted against the account: no password was tried. Logged, as every failed sign-in is.
    logEvent('auth.sign_in.failed', {
      email: email || null,
      address: from.address,
      reason: !email ? 'no_email' : !password ? 'no_password' : 'password_too_long',
    });
    return { ok: false, reason: 'invalid' };
  }
  let user: UserRow | undefined;
  try {
    user = getDb().select().from(users).where(eq(users.email, email)).get();
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const checked = await guardedPasswordCheck(email, user, password, from);
  if (!checked.ok) return checked;
  const account = user!;
  let mfa = false;
  if (account.totpEnabledAt) {
    // The password was right: not a failure, but not a sign-in either until the second step.
    if (!code.trim()) {
      release(checked.reservation);
      return { ok: false, reason: 'mfaRequired' };
    }
    const second = verifySecondFactor(account.id, code);
    if (second === 'unavailable') return { ok: false, reason: 'unavailable' };
    if (second === 'wrong') {
      logEvent('auth.sign_in.failed', { email, address: from.address, reason: 'wrong_code' });
      return { ok: false, reason: 'invalidCode' };
    }
    mfa = true;
  }
  release(checked.reservation);
  rememberDevice(from.cookieHeader, account.id);
  logEvent('auth.sign_in.succeeded', { userId: account.id, address: from.address, mfa });
  return { ok: true, user: { id: account.id, sessionVersion: account.sessionVersion, mfa } };
}

export type CurrentPasswordCheck = { ok: true } | Refused;

/** The current password before a change: counted like a sign-in, so a stolen session cannot guess it. */
export async function checkCurrentPassword(userId: number, password: string, origin: AttemptOrigin): Promise<CurrentPasswordCheck> {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!user) return { ok: false, reason: 'invalid' };
  const checked = await guardedPasswordCheck(user.email, user, password, origin);
  if (!checked.ok) return checked;
  release(checked.reservation);
  return { ok: true };
}
