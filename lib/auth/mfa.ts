/**
 * Two-step sign-in (ASVS 2.7-2.8, 4.3.1): a time-based code from an authenticator app (TOTP, RFC 6238,
 * through otplib), or one of ten single-use recovery codes. Required in production mode for
 * coordinators and administrators before they use their pages; optional for everyone in demo mode.
 *
 * A code is accepted once: the time step of the last accepted code is kept, and an earlier or equal one
 * is refused. Recovery codes are stored as SHA-256 hashes (80 random bits each: a hash is enough). Turning
 * it on, off, renewing the recovery codes and using one are written to the audit log.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { getDb } from '@/db/client';
import { mfaRecoveryCodes, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit } from '@/lib/audit';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { openSecret, sealSecret } from './mfa-secret';
import { mfaRequiredFor } from './mfa-policy';

export const TOTP_ISSUER = 'HLED Stakeholder Tracker';
export const RECOVERY_CODE_COUNT = 10;
const PERIOD_S = 30;
// One step either way: a phone whose clock is 30 s off, or a code typed as it changed.
const TOLERANCE_S = PERIOD_S;

const hashCode = (code: string) => createHash('sha256').update(`hled-recovery:${code}`).digest('hex');
const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z2-7]/g, '');
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => BASE32[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

function loadAccount(tx: Tx, userId: number) {
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.deactivatedAt) throw new Refusal('notFound');
  return user;
}

/** A TOTP code's time step when it is right and newer than the last one accepted, else null. */
function acceptedStep(storedSecret: string | null, code: string, lastStep: number | null): number | null {
  const secret = storedSecret ? openSecret(storedSecret) : null;
  if (!secret || !/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epochTolerance: TOLERANCE_S,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  // A TOTP result carries the step it matched (otplib types it with the HOTP result as one union).
  return result.valid ? ((result as { timeStep?: number }).timeStep ?? null) : null;
}

export type Enrolment = { secret: string; uri: string; label: string };

/** The secret to enter in the app: the pending one if enrolment was started, else a new one. */
export function startEnrolment(userId: number): Enrolment {
  return getDb().transaction(
    (tx) => {
      const user = loadAccount(tx, userId);
      if (user.totpEnabledAt) throw new Refusal('mfaAlreadyOn');
      let secret = user.totpSecret ? openSecret(user.totpSecret) : null;
      if (!secret) {
        secret = generateSecret();
        tx.update(users)
          .set({ totpSecret: sealSecret(secret), totpLastStep: null })
          .where(eq(users.id, userId))
          .run();
      }
      return { secret, label: user.email, uri: generateURI({ issuer: TOTP_ISSUER, label: user.email, secret }) };
    },
    { behavior: 'immediate' },
  );
}

function replaceRecoveryCodes(tx: Tx, userId: number): string[] {
  tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId)).run();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  for (const code of codes)
    tx.insert(mfaRecoveryCodes)
      .values({ userId, codeHash: hashCode(normalizeRecoveryCode(code)) })
      .run();
  return codes;
}

/**
 * Turns two-step sign-in on once the app shows a right code, and returns the recovery codes (shown once).
 * Every session ends, this one too: sessions that began with the password alone must not carry on.
 */
export function confirmEnrolment(userId: number, code: string): { recoveryCodes: string[] } {
  const codes = getDb().transaction(
    (tx) => {
      const user = loadAccount(tx, userId);
      if (user.totpEnabledAt) throw new Refusal('mfaAlreadyOn');
      const step = acceptedStep(user.totpSecret, code.replace(/\s/g, ''), null);
      if (step === null) throw new Refusal('wrongCode');
      tx.update(users)
        .set({ totpEnabledAt: new Date(), totpLastStep: step, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, userId))
        .run();
      recordAudit(tx, userId, 'user.mfa_enabled', { type: 'user', id: userId });
      return replaceRecoveryCodes(tx, userId);
    },
    { behavior: 'immediate' },
  );
  logEvent('account.mfa_enabled', { userId });
  return { recoveryCodes: codes };
}

/** Checks a second-step code (TOTP or recovery) and uses it up; 'unavailable' when that cannot be recorded. */
export function verifySecondFactor(userId: number, rawCode: string, actorId = userId): 'ok' | 'wrong' | 'unavailable' {
  try {
    return getDb().transaction(
      (tx) => {
        const user = tx.select().from(users).where(eq(users.id, userId)).get();
        if (!user?.totpEnabledAt) return 'wrong';
        const code = rawCode.replace(/\s/g, '');
        const step = acceptedStep(user.totpSecret, code, user.totpLastStep);
        if (step !== null) {
          tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
          return 'ok';
        }
        const recovery = normalizeRecoveryCode(code);
        if (recovery.length !== 16) return 'wrong';
        const used = tx
          .update(mfaRecoveryCodes)
          .set({ usedAt: new Date() })
          .where(
            and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, hashCode(recovery)), isNull(mfaRecoveryCodes.usedAt)),
          )
          .run();
        if (used.changes === 0) return 'wrong';
        recordAudit(tx, actorId, 'user.mfa_recovery_code_used', { type: 'user', id: userId });
        return 'ok';
      },
      { behavior: 'immediate' },
    );
  } catch {
    return 'unavailable';
  }
}

/** New recovery codes (the old ones stop working), after a right code. */
export function renewRecoveryCodes(userId: number, code: string): string[] {
  if (verifySecondFactor(userId, code) !== 'ok') throw new Refusal('wrongCode');
  const codes = getDb().transaction(
    (tx) => {
      recordAudit(tx, userId, 'user.mfa_recovery_codes_renewed', { type: 'user', id: userId });
      return replaceRecoveryCodes(tx, userId);
    },
    { behavior: 'immediate' },
  );
  logEvent('account.mfa_recovery_codes_renewed', { userId });
  return codes;
}

/** Turns two-step sign-in off after a right code; refused where the role requires it. */
export function disableMfa(userId: number, code: string): void {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!user?.totpEnabledAt) throw new Refusal('mfaNotOn');
  if (mfaRequiredFor(user)) throw new Refusal('mfaRequiredForRole');
  if (verifySecondFactor(userId, code) !== 'ok') throw new Refusal('wrongCode');
  getDb().transaction(
    (tx) => {
      tx.update(users)
        .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
        .where(eq(users.id, userId))
        .run();
      tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId)).run();
      recordAudit(tx, userId, 'user.mfa_disabled', { type: 'user', id: userId });
    },
    { behavior: 'immediate' },
  );
  logEvent('account.mfa_disabled', { userId });
}

/** How many recovery codes are left unused, for the account page. */
export function unusedRecoveryCodes(userId: number): number {
  return getDb()
    .select({ n: sql<number>`count(*)` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)))
    .get()!.n;
}
