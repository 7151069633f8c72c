/**
 * An invited coordinator chooses their password through the invitation link (lib/admin/invite-coordinator.ts).
 * The same password rules as sign-up apply (ASVS 2.1), the link works once, and using it proves the
 * address, so it counts as confirmed.
 */
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { authTokens, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { logEvent } from '@/lib/log';
import { consumeToken, hashToken, type TokenCheck } from './tokens';

type LinkProblem = Extract<TokenCheck, { ok: false }>['reason'];
export type InvitationLookup = { ok: true; name: string; email: string } | { ok: false; reason: LinkProblem };

/**
 * Whom an invitation link is for, without using it up: the page greets the invitee and offers their
 * address to the password manager. The same checks as consumeToken, which still decides at saving.
 */
export function findInvitation(token: string, now = Date.now()): InvitationLookup {
  const row = getDb()
    .select({
      purpose: authTokens.purpose,
      usedAt: authTokens.usedAt,
      expiresAt: authTokens.expiresAt,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .get();
  if (!row || row.purpose !== 'invite' || row.deactivatedAt) return { ok: false, reason: 'invalid' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt.getTime() <= now) return { ok: false, reason: 'expired' };
  return { ok: true, name: row.name, email: row.email };
}

export type AcceptInvitationResult =
  { ok: true } | { ok: false; reason: LinkProblem } | { ok: false; reason: 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon' };

const PASSWORD_REASON = { tooShort: 'passwordTooShort', tooLong: 'passwordTooLong', tooCommon: 'passwordTooCommon' } as const;

export async function acceptInvitation(token: string, password: string): Promise<AcceptInvitationResult> {
  const invitation = findInvitation(token);
  if (!invitation.ok) return invitation;
  const problem = passwordProblem(password, [invitation.name, invitation.email]);
  if (problem) return { ok: false, reason: PASSWORD_REASON[problem] };
  // Hashed before the write transaction opens: argon2 is slow on purpose and must not hold the lock.
  const passwordHash = await hashPassword(password);
  return getDb().transaction(
    (tx): AcceptInvitationResult => {
      const check = consumeToken(tx, token, 'invite');
      if (!check.ok) return check;
      tx.update(users)
        .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${Date.now()})`, updatedAt: new Date() })
        .where(eq(users.id, check.userId))
        .run();
      logEvent('account.invitation_accepted', { userId: check.userId });
      return { ok: true };
    },
    { behavior: 'immediate' },
  );
}
