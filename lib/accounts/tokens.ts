/**
 * Single-use, expiring tokens for e-mail links (verification, password reset, invitations).
 * Only a SHA-256 of the token is stored: the token itself exists in the e-mail alone (ASVS 2.5, 3.2).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gte, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/types';
import { authTokens } from '@/db/schema';
import { TOKEN_PURPOSES } from '@/db/vocabulary';

export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  invite: 7 * 24 * 60 * 60 * 1000,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a new token and retires the user's earlier unused ones of the same purpose. */
/** How many links of one kind an account may be sent in TOKEN_SEND_WINDOW_MS: enough for a lost e-mail, too few to flood an inbox. */
export const TOKEN_SEND_LIMIT = 3;
export const TOKEN_SEND_WINDOW_MS = 15 * 60 * 1000;

/** Whether another link of this kind may be e-mailed to the account now (ASVS 2.2.1, 11.1.4). */
export function maySendToken(tx: Tx, userId: number, purpose: TokenPurpose, now = Date.now()): boolean {
  const recent = tx
    .select({ n: count() })
    .from(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), gte(authTokens.createdAt, new Date(now - TOKEN_SEND_WINDOW_MS))))
    .get()!.n;
  return recent < TOKEN_SEND_LIMIT;
}

export function issueToken(tx: Tx, userId: number, purpose: TokenPurpose, now = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  tx.update(authTokens)
    .set({ usedAt: new Date(now) })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)))
    .run();
  tx.insert(authTokens)
    .values({ userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now + TOKEN_LIFETIME_MS[purpose]) })
    .run();
  return token;
}

export type TokenCheck = { ok: true; userId: number } | { ok: false; reason: 'invalid' | 'expired' | 'used' };

/** Uses a token once: marks it used in the caller's transaction and returns whose it was. */
export function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now = Date.now()): TokenCheck {
  const row = tx.select().from(authTokens).where(eq(authTokens.tokenHash, hashToken(token))).get();
  if (!row || row.purpose !== purpose) return { ok: false, reason: 'invalid' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt.getTime() <= now) return { ok: false, reason: 'expired' };
  tx.update(authTokens).set({ usedAt: new Date(now) }).where(eq(authTokens.id, row.id)).run();
  return { ok: true, userId: row.userId };
}
