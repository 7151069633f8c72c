/**
 * Guessing passwords, through next-auth's real sign-in handler: slowed down per account and per address,
 * never a lock a stranger can put on the owner (ASVS 2.2.1), counted atomically, and closed when a
 * failure cannot be recorded.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { csrf, nextAuth, signInThroughNextAuth } from '@/test/next-auth';
import { insertUser } from '@/test/users';

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'Amber-Falcon-River-3310';
let passwordHash: string;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
  passwordHash = await hashPassword(PASSWORD);
});
afterEach(() => vi.useRealTimers());

const person = () => insertUser(database.db(), { passwordHash, emailVerifiedAt: new Date() });

/** The cookies a browser keeps after a response, as name → value. */
function jar(response: { cookies: Record<string, string> }) {
  return Object.fromEntries(Object.entries(response.cookies).map(([name, value]) => [name, decodeURIComponent(value)]));
}

describe('guessing passwords', { timeout: 60_000 }, () => {
  it("M7: a stranger's wrong passwords never lock the owner out of a browser they signed in from before", async () => {
    const owner = person();
    const ownBrowser = jar(await signInThroughNextAuth(owner.email, PASSWORD));
    delete ownBrowser['next-auth.session-token'];
    for (let i = 0; i < 12; i++) await signInThroughNextAuth(owner.email, `wrong guess number ${i}`);
    const stranger = await signInThroughNextAuth(owner.email, PASSWORD);
    expect(stranger.error).toMatch(/^throttled:/);
    const back = await signInThroughNextAuth(owner.email, PASSWORD, {}, ownBrowser);
    expect(back.error).toBeNull();
    expect(back.sessionCookie).toBeTruthy();
  });

  it('M7: slows an account down after five failures, a second and then doubling, instead of locking it for 15 minutes', async () => {
    const owner = person();
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    for (let i = 0; i < 5; i++) expect((await signInThroughNextAuth(owner.email, `wrong ${i}`)).error).toBe('invalid');
    const paused = await signInThroughNextAuth(owner.email, 'wrong 5');
    expect(paused.error).toMatch(/^throttled:/);
    const retryAt = new Date(paused.error!.slice('throttled:'.length)).getTime();
    expect(retryAt - start).toBeLessThanOrEqual(2_000);
    vi.setSystemTime(retryAt + 10);
    expect((await signInThroughNextAuth(owner.email, 'wrong 6')).error).toBe('invalid');
    const longer = await signInThroughNextAuth(owner.email, 'wrong 7');
    const secondRetry = new Date(longer.error!.slice('throttled:'.length)).getTime();
    expect(secondRetry - (retryAt + 10)).toBeGreaterThan(1_500);
    expect(secondRetry - (retryAt + 10)).toBeLessThanOrEqual(4_000);
    vi.setSystemTime(secondRetry + 10);
    expect((await signInThroughNextAuth(owner.email, PASSWORD)).sessionCookie).toBeTruthy();
  });

  it('M7: slows down one address that tries many accounts, and no other address', async () => {
    vi.stubEnv('TRUST_PROXY', '1');
    try {
      const headers = (address: string) => ({ 'x-forwarded-for': address });
      const form = await csrf();
      const attempt = (email: string, address: string) =>
        nextAuth('POST', ['callback', 'credentials'], {
          body: { email, password: 'not the password', csrfToken: form.token, json: 'true' },
          cookies: form.cookies,
          headers: headers(address),
        });
      const errors: string[] = [];
      for (let i = 0; i < 40; i++)
        errors.push(new URL((await attempt(`sprayed${i}@example.org`, '198.51.100.23')).body!.url!).searchParams.get('error')!);
      expect(errors.filter((e) => e.startsWith('throttled')).length).toBeGreaterThan(0);
      const elsewhere = await attempt('sprayed-late@example.org', '192.0.2.44');
      expect(new URL(elsewhere.body!.url!).searchParams.get('error')).toBe('invalid');
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
    }
  });

  it('L1: a burst of parallel wrong passwords gets no more password checks than the five free attempts', async () => {
    const owner = person();
    const form = await csrf();
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        nextAuth('POST', ['callback', 'credentials'], {
          body: { email: owner.email, password: `parallel guess ${i}`, csrfToken: form.token, json: 'true' },
          cookies: form.cookies,
        }),
      ),
    );
    const errors = burst.map((r) => new URL(r.body!.url!).searchParams.get('error'));
    expect(errors.filter((e) => e === 'invalid')).toHaveLength(5);
    expect(errors.filter((e) => e?.startsWith('throttled:'))).toHaveLength(35);
  });

  it('L6: refuses the sign-in when a failure cannot be recorded, and shows no database message', async () => {
    const owner = person();
    const client = database.db().$client;
    client.pragma('query_only = 1');
    try {
      for (const password of ['a wrong password here', PASSWORD]) {
        const response = await signInThroughNextAuth(owner.email, password);
        expect(response.sessionCookie).toBeNull();
        expect(response.error).toBe('unavailable');
        expect(response.url).not.toMatch(/readonly|database|SQLITE/i);
      }
    } finally {
      client.pragma('query_only = 0');
    }
    expect((await signInThroughNextAuth(owner.email, PASSWORD)).sessionCookie).toBeTruthy();
  });
});
