/**
 * Single-use, expiring tokens for e-mail links (verification, password reset, invitations).
 * Only a SHA-256 of the token is stored: the token itself exists in the e-mail alone (ASVS 2.5, 3.2).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gte, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/types';
import { authTokens, users } from '@/db/schema';
import { TOKEN_PURPOSES } from '@/db/vocabulary';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import type { EmailContent } from '@/lib/email/templates';
import type { Locale } from '@/lib/i18n/routing';

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
    .where(
      and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), gte(authTokens.createdAt, new Date(now - TOKEN_SEND_WINDOW_MS))),
    )
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
  const row = tx
    .select()
    .from(authTokens)
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .get();
  if (!row || row.purpose !== purpose) return { ok: false, reason: 'invalid' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt.getTime() <= now) return { ok: false, reason: 'expired' };
  tx.update(authTokens)
    .set({ usedAt: new Date(now) })
    .where(eq(authTokens.id, row.id))
    .run();
  return { ok: true, userId: row.userId };
}

/** Who an e-mailed link goes to: the account, its address, its name and the language it reads. */
export type TokenRecipient = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'preferredLocale'>;

/** Issues a single-use token of `purpose` to the person and queues the e-mail carrying it, in their language. */
export function queueTokenEmail(
  tx: Tx,
  user: TokenRecipient,
  purpose: TokenPurpose,
  template: (locale: Locale, name: string, token: string) => EmailContent,
): QueuedEmail {
  const token = issueToken(tx, user.id, purpose);
  return queueEmail(tx, {
    userId: user.id,
    to: user.email,
    locale: user.preferredLocale,
    ...template(user.preferredLocale, user.name, token),
  });
}
