/**
 * Whether a session token may still be used, checked by next-auth's jwt callback on every read of the
 * session (pages, actions, /api/auth/session), so an ended session gets no user anywhere:
 *   - 12 hours after the sign-in at most, however often the token was renewed (ASVS 3.3.2): the sign-in
 *     time travels in the token, unchanged by renewals;
 *   - the account still exists, is active and has the session version the token carries (sign-out,
 *     password change and deactivation raise it);
 *   - an account with two-step sign-in only accepts sessions that passed it.
 */
import { eq, sql } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { getDb, type Database } from '@/db/client';
import { perConnection } from '@/db/prepared';
import { users } from '@/db/schema';

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export type SessionProblem = 'no_user' | 'too_old' | 'account_gone' | 'deactivated' | 'ended' | 'second_step_missing';

export class SessionEnded extends Error {
  constructor(public readonly reason: SessionProblem) {
    super(`session ended: ${reason}`);
    this.name = 'SessionEnded';
  }
}

// Read on every authenticated request: prepared once per connection (db/prepared.ts).
const sessionFacts = perConnection((db: Database) =>
  db
    .select({ deactivatedAt: users.deactivatedAt, sessionVersion: users.sessionVersion, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

export function sessionProblem(token: JWT, now = Date.now()): SessionProblem | null {
  if (!token.uid) return 'no_user';
  if (typeof token.authTime !== 'number' || now / 1000 - token.authTime > SESSION_MAX_AGE_S) return 'too_old';
  const user = sessionFacts(getDb()).get({ id: token.uid });
  if (!user) return 'account_gone';
  if (user.deactivatedAt) return 'deactivated';
  if (user.sessionVersion !== token.sv) return 'ended';
  if (user.totpEnabledAt && !token.mfa) return 'second_step_missing';
  return null;
}
