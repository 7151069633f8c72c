/**
 * "Delete my account" (the right of cancellation), as the privacy notice describes it:
 * - the person's personal data is erased: name, e-mail address, organization, sector, country, password
 *   hash, two-step secret and recovery codes, e-mailed links, news, the e-mails sent to them, their alert
 *   settings and the failed sign-ins counted against their address;
 * - their co-signatures on other people's recommendations are withdrawn and emptied (the items no longer
 *   list their organization), and the invitations they had not answered are removed;
 * - their recommendations stay, anonymous: no longer tied to the account, without organization or its
 *   identifier, and an item published "with name and organization" is published "without my name";
 * - history is append-only: nothing in it is rewritten. Its rows name the account only by number, and
 *   that number stays as an emptied row (deleted_at set) so that they keep pointing somewhere. A new,
 *   internal history event on each recommendation says its submitter deleted their account, and the
 *   audit log records the deletion;
 * - every session ends (the session version is raised and the account is deactivated) and nobody can
 *   sign in to it again: there is no address or password left to sign in with.
 * Only stakeholders delete their own account here: a coordinator's or administrator's account acts for a
 * government, and the record must keep who acted; they ask an administrator to deactivate it.
 */
import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  alertPreferences,
  authTokens,
  coordinatorPillars,
  digestRuns,
  mfaRecoveryCodes,
  notifications,
  outbox,
  recommendations,
  signInFailures,
  users,
} from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit } from '@/lib/audit';
import { appendHistory } from '@/db/history';
import { verifySecondFactor } from '@/lib/auth/mfa';
import { checkCurrentPassword, type AttemptOrigin } from '@/lib/auth/sign-in';
import { eraseCosignatures } from './cosignatures';
import { accountKey } from '@/lib/auth/throttle';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';

/** The address an erased account is left with: unique, and in a domain that can never receive mail (RFC 2606). */
export const erasedEmail = (userId: number) => `deleted-${userId}@deleted.invalid`;

export type DeletionCheck =
  { ok: true } | { ok: false; field: 'currentPassword' | 'code'; reason: 'wrongPassword' | 'required' | 'wrongCode' };

/**
 * The person proves it is them: their password, counted like a sign-in (a stolen session cannot guess
 * it), and their second step when the account has one.
 */
export async function checkDeletionRequest(userId: number, password: string, code: string, origin: AttemptOrigin): Promise<DeletionCheck> {
  const user = getDb().select({ role: users.role, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId)).get();
  if (!user) throw new Refusal('notSignedIn');
  if (user.role !== 'stakeholder') throw new Refusal('governmentAccount');
  const check = await checkCurrentPassword(userId, password, origin);
  if (!check.ok && check.reason === 'throttled') throw new Refusal(`tooManyAttempts|${check.retryAt.toISOString()}`);
  if (!check.ok && check.reason === 'unavailable') throw new Refusal('unavailable');
  if (!check.ok) return { ok: false, field: 'currentPassword', reason: 'wrongPassword' };
  if (!user.totpEnabledAt) return { ok: true };
  if (!code.trim()) return { ok: false, field: 'code', reason: 'required' };
  const second = verifySecondFactor(userId, code);
  if (second === 'unavailable') throw new Refusal('unavailable');
  return second === 'ok' ? { ok: true } : { ok: false, field: 'code', reason: 'wrongCode' };
}

type UserRow = typeof users.$inferSelect;

/** The person's recommendations stay, anonymous; an internal history event on each says why they changed. */
function anonymizeRecommendations(tx: Tx, user: UserRow, now: Date): number {
  const own = tx.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.submitterId, user.id)).all();
  for (const { id } of own) {
    appendHistory(tx, {
      recommendationId: id,
      actor: { id: user.id, role: user.role },
      kind: 'submitter_account_deleted',
      isPublic: false,
      at: now,
    });
  }
  tx.update(recommendations)
    .set({
      submitterId: null,
      organization: null,
      organizationIdentifier: null,
      consent: sql`case when ${recommendations.consent} = 'name_and_organization' then 'without_name' else ${recommendations.consent} end`,
      version: sql`${recommendations.version} + 1`,
      updatedAt: now,
    })
    .where(eq(recommendations.submitterId, user.id))
    .run();
  return own.length;
}

/** Everything else held about the person goes; the account row stays, emptied, for the history that names it. */
function erasePersonalData(tx: Tx, user: UserRow, now: Date) {
  tx.delete(notifications).where(eq(notifications.userId, user.id)).run();
  tx.delete(outbox)
    .where(or(eq(outbox.userId, user.id), eq(outbox.toAddress, user.email)))
    .run();
  tx.delete(authTokens).where(eq(authTokens.userId, user.id)).run();
  tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id)).run();
  tx.delete(coordinatorPillars).where(eq(coordinatorPillars.userId, user.id)).run();
  tx.delete(alertPreferences).where(eq(alertPreferences.userId, user.id)).run();
  tx.delete(digestRuns).where(eq(digestRuns.userId, user.id)).run();
  eraseCosignatures(tx, user.id, user.email, now);
  tx.delete(signInFailures)
    .where(eq(signInFailures.key, accountKey(user.email)))
    .run();
  tx.update(users)
    .set({
      email: erasedEmail(user.id),
      name: '',
      organization: null,
      sector: null,
      country: null,
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      emailVerifiedAt: null,
      privacyConsentAt: null,
      deactivatedAt: now,
      deletedAt: now,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      updatedAt: now,
    })
    .where(eq(users.id, user.id))
    .run();
}

/** Erases the account's personal data in one transaction; answers how many recommendations stay, anonymous. */
export function eraseAccount(userId: number, now = new Date()): { recommendations: number } {
  const kept = getDb().transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!user || user.deletedAt) throw new Refusal('notSignedIn');
      if (user.role !== 'stakeholder') throw new Refusal('governmentAccount');
      const count = anonymizeRecommendations(tx, user, now);
      erasePersonalData(tx, user, now);
      recordAudit(tx, userId, 'user.delete', { type: 'user', id: userId }, { recommendationsKept: count });
      return count;
    },
    { behavior: 'immediate' },
  );
  logEvent('account.deleted', { userId, recommendationsKept: kept });
  return { recommendations: kept };
}
