import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authTokens, users } from '@/db/schema';
import { createTempDatabase } from '@/test/temp-database';
import { consumeToken, hashToken, issueToken, maySendToken, TOKEN_LIFETIME_MS, TOKEN_SEND_LIMIT, TOKEN_SEND_WINDOW_MS } from './tokens';

let temp: ReturnType<typeof createTempDatabase>;
let userId: number;

beforeEach(() => {
  temp = createTempDatabase({ seed: false });
  userId = temp.db.insert(users).values({ email: 'token@example.org', name: 'Token' }).returning({ id: users.id }).get().id;
});
afterEach(() => temp.dispose());

describe('e-mail link tokens', () => {
  it('are stored only as a hash', () => {
    const token = issueToken(temp.db, userId, 'verify_email');
    const stored = temp.db.select().from(authTokens).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('work once', () => {
    const token = issueToken(temp.db, userId, 'reset_password');
    expect(consumeToken(temp.db, token, 'reset_password')).toEqual({ ok: true, userId });
    expect(consumeToken(temp.db, token, 'reset_password')).toEqual({ ok: false, reason: 'used' });
  });

  it('expire', () => {
    const issuedAt = Date.now();
    const token = issueToken(temp.db, userId, 'reset_password', issuedAt);
    const justAfter = issuedAt + TOKEN_LIFETIME_MS.reset_password;
    expect(consumeToken(temp.db, token, 'reset_password', justAfter)).toEqual({ ok: false, reason: 'expired' });
    // An expired token is not spent: the person is told it expired, not that it was used.
    expect(consumeToken(temp.db, token, 'reset_password', justAfter + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('last one hour for a password reset and a day for an e-mail confirmation', () => {
    expect(TOKEN_LIFETIME_MS.reset_password).toBe(60 * 60 * 1000);
    expect(TOKEN_LIFETIME_MS.verify_email).toBe(24 * 60 * 60 * 1000);
  });

  it('work only for their purpose', () => {
    const token = issueToken(temp.db, userId, 'verify_email');
    expect(consumeToken(temp.db, token, 'reset_password')).toEqual({ ok: false, reason: 'invalid' });
    expect(consumeToken(temp.db, token, 'verify_email').ok).toBe(true);
  });

  it('retire the earlier link when a new one is sent', () => {
    const first = issueToken(temp.db, userId, 'verify_email');
    const second = issueToken(temp.db, userId, 'verify_email');
    expect(consumeToken(temp.db, first, 'verify_email')).toEqual({ ok: false, reason: 'used' });
    expect(consumeToken(temp.db, second, 'verify_email').ok).toBe(true);
  });

  it('refuse anything that was never issued', () => {
    expect(consumeToken(temp.db, 'made-up-token-made-up-token', 'verify_email')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('are sent at most a few times in a quarter of an hour, so nobody can flood an inbox with them', () => {
    for (let i = 0; i < TOKEN_SEND_LIMIT; i++) {
      expect(maySendToken(temp.db, userId, 'reset_password')).toBe(true);
      issueToken(temp.db, userId, 'reset_password');
    }
    expect(maySendToken(temp.db, userId, 'reset_password')).toBe(false);
    expect(maySendToken(temp.db, userId, 'verify_email')).toBe(true);
    expect(maySendToken(temp.db, userId, 'reset_password', Date.now() + TOKEN_SEND_WINDOW_MS + 1000)).toBe(true);
  });
});
