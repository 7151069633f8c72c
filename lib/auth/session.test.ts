/**
 * How long a session lasts and when it ends, through next-auth's real handler: the token's own lifetime,
 * the absolute limit counted from the sign-in however often the token was renewed, and accounts that were
 * deactivated meanwhile.
 */
import { eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { getAuthSecret } from '@/lib/auth/secret';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { nextAuth, signInThroughNextAuth } from '@/test/next-auth';
import { insertUser } from '@/test/users';

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'Copper-Heron-Valley-5521';
const HOUR_MS = 60 * 60 * 1000;
let passwordHash: string;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
  passwordHash = await hashPassword(PASSWORD);
});
afterEach(() => vi.useRealTimers());

function person() {
  return insertUser(database.db(), { passwordHash, emailVerifiedAt: new Date() });
}

const sessionOf = (cookie: string) => nextAuth('GET', ['session'], { cookies: { 'next-auth.session-token': cookie } });

describe('sessions', { timeout: 30_000 }, () => {
  it("M3: signs its token for 12 hours, not next-auth's default of 30 days", async () => {
    const user = person();
    const signedIn = await signInThroughNextAuth(user.email, PASSWORD);
    expect(signedIn.sessionCookie).toBeTruthy();
    const token = await decode({ token: signedIn.sessionCookie!, secret: getAuthSecret() });
    expect(Number(token!.exp) - Number(token!.iat)).toBeLessThanOrEqual(12 * 60 * 60);
  });

  it('M3: refuses a token older than 12 h however often it was renewed', async () => {
    const user = person();
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const signedIn = await signInThroughNextAuth(user.email, PASSWORD);
    // Renewed every few hours, as an open tab does through /api/auth/session.
    let cookie = signedIn.sessionCookie!;
    for (const hours of [4, 8, 11.5]) {
      vi.setSystemTime(start + hours * HOUR_MS);
      const renewed = await sessionOf(cookie);
      expect(renewed.body, `still valid after ${hours} h`).toMatchObject({ user: { id: user.id } });
      cookie = renewed.cookies['next-auth.session-token'] ?? cookie;
    }
    vi.setSystemTime(start + 12 * HOUR_MS + 60_000);
    const late = await sessionOf(cookie);
    expect(late.body?.user).toBeUndefined();
  });

  it("I4: gives a deactivated account's token no user from /api/auth/session", async () => {
    const user = person();
    const signedIn = await signInThroughNextAuth(user.email, PASSWORD);
    expect((await sessionOf(signedIn.sessionCookie!)).body).toMatchObject({ user: { id: user.id } });
    database.db().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id)).run();
    const after = await sessionOf(signedIn.sessionCookie!);
    expect(after.body?.user).toBeUndefined();
  });
});
