/**
 * What the security log says, and what it never says (ASVS 7.1.1-7.1.3, 7.2.1-7.2.2, 7.3.1;
 * docs/security.md, "Logging"). Sign-in goes through next-auth's real handler (CSRF token, credentials, session cookie);
 * refusals through the real server actions. Everything written to the console is captured and searched
 * for the events that must be there and for every secret that must not: passwords, the CSRF token, the
 * session cookie, the tokens of e-mail links.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outbox, users } from '@/db/schema';
import { DEMO_PASSWORD, seedDemoData } from '@/lib/accounts/demo-seed';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { loadUser } = await import('@/lib/auth/current-user');
const { csrf: fetchCsrf, nextAuth } = await import('@/test/next-auth');
const { changePasswordAction, resetPasswordAction, signUpAction } = await import('@/lib/accounts/actions');
const { changeUserAccessAction } = await import('@/lib/admin/actions');
const { editRecommendationAction } = await import('@/lib/recommendations/actions');
const { changeStatusAction } = await import('@/lib/triage/actions');

const database = useTemporaryGlobalDatabase();
const WRONG_PASSWORD = 'Wrong-Horse-Battery-9917';
const NEW_PASSWORD = 'Fresh-Lantern-Orbit-4412';
const STAKEHOLDER = 'stakeholder@hled.example';

/** Every line the code under test writes to the console. */
const lines: string[] = [];
const events = () =>
  lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown> & { event: string });
const secrets: string[] = [];

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
  await seedDemoData(database.db());
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg)))
          .join(' '),
      );
    });
  }
});
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

// ------------------------------------------------------------------ next-auth, called as Next.js calls it (test/next-auth.ts)
/** The sign-in form's CSRF token, remembered as a secret no log line may contain. */
async function csrf(name = 'next-auth.csrf-token') {
  const { token, cookie, cookies } = await fetchCsrf(name);
  secrets.push(token, cookie, decodeURIComponent(cookie));
  return { token, cookies };
}

const signIn = (password: string, token: string | undefined, cookies: Record<string, string>) =>
  nextAuth('POST', ['callback', 'credentials'], {
    body: { email: STAKEHOLDER, password, ...(token ? { csrfToken: token } : {}), json: 'true' },
    cookies,
  });

describe('signing in', { timeout: 30_000 }, () => {
  it('refuses a post without the CSRF token before checking any password', async () => {
    const { cookies } = await csrf();
    const before = events().length;
    const response = await signIn(DEMO_PASSWORD, undefined, cookies);
    expect(response.cookies['next-auth.session-token']).toBeUndefined();
    expect(response.body?.url ?? '').toContain('csrf=true');
    expect(
      events()
        .slice(before)
        .map((e) => e.event),
    ).not.toContain('auth.sign_in.succeeded');
  });

  it('logs a failure with the account and the address, and issues no session', async () => {
    // The address comes from X-Forwarded-For only behind a proxy the operator declared (TRUST_PROXY=1).
    vi.stubEnv('TRUST_PROXY', '1');
    try {
      const { token, cookies } = await csrf();
      secrets.push(WRONG_PASSWORD);
      const response = await signIn(WRONG_PASSWORD, token, cookies);
      expect(response.cookies['next-auth.session-token']).toBeUndefined();
      expect(events()).toContainEqual(
        expect.objectContaining({ event: 'auth.sign_in.failed', email: STAKEHOLDER, address: '203.0.113.7', reason: 'wrong_password' }),
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('does not believe a forwarded address without a declared proxy', async () => {
    const { token, cookies } = await csrf();
    await signIn(WRONG_PASSWORD, token, cookies);
    const failures = events().filter((e) => e.event === 'auth.sign_in.failed');
    expect(failures.at(-1)).toEqual(expect.objectContaining({ email: STAKEHOLDER, address: null }));
  });

  it('logs a success with the user id, and sets an HttpOnly, SameSite=Lax session cookie (not Secure on http://localhost)', async () => {
    const { token, cookies } = await csrf();
    secrets.push(DEMO_PASSWORD);
    const response = await signIn(DEMO_PASSWORD, token, cookies);
    const session = response.cookies['next-auth.session-token'];
    expect(session).toBeTruthy();
    secrets.push(session!);
    const attributes = response.setCookies
      .find((c) => c.startsWith('next-auth.session-token='))!
      .split('; ')
      .slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']));
    expect(attributes.some((a) => /^(Secure|Domain=)/i.test(a))).toBe(false);
    const user = database.db().select().from(users).where(eq(users.email, STAKEHOLDER)).get()!;
    expect(events()).toContainEqual(expect.objectContaining({ event: 'auth.sign_in.succeeded', userId: user.id }));
  });

  it('on an https site, names the session cookie __Host- with Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain (ASVS 3.4)', async () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://tracker.example.gov');
    try {
      const { token, cookies } = await csrf('__Host-next-auth.csrf-token');
      const response = await signIn(DEMO_PASSWORD, token, cookies);
      const cookie = response.setCookies.find((c) => c.startsWith('__Host-next-auth.session-token='));
      expect(cookie).toBeDefined();
      secrets.push(response.cookies['__Host-next-auth.session-token']!);
      const attributes = cookie!.split('; ').slice(1);
      expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']));
      expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
    } finally {
      vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
    }
  });
});

describe('refused actions', () => {
  it("log the gate's refusal once, with who and why", async () => {
    const stakeholder = loadUser(database.db().select().from(users).where(eq(users.email, STAKEHOLDER)).get()!.id, null)!;
    caller.current = stakeholder;
    const before = events().length;
    expect(await changeStatusAction({ ref: 'HLED-2026-0001', version: 1, to: 'under_review' })).toEqual({ serverError: 'forbidden' });
    expect(await changeUserAccessAction({ userId: stakeholder.id, role: 'admin', scope: 'all' })).toEqual({ serverError: 'forbidden' });
    caller.current = null;
    expect(await changeStatusAction({ ref: 'HLED-2026-0001', version: 1, to: 'under_review' })).toEqual({ serverError: 'notSignedIn' });
    const logged = events().slice(before);
    expect(logged.map((e) => [e.event, e.reason])).toEqual([
      ['authz.refused', 'not_a_coordinator'],
      ['authz.refused', 'not_an_administrator'],
      ['authz.refused', 'not_signed_in'],
    ]);
    expect(logged[0]).toMatchObject({ userId: stakeholder.id, role: 'stakeholder' });
  });

  it("log a refusal from the use case (someone else's item) as action.refused with its code", async () => {
    const other = insertUser(database.db());
    caller.current = other;
    const before = events().length;
    const result = await editRecommendationAction({
      ref: 'HLED-2026-0001',
      version: 1,
      title: 'Shared inspection lanes for perishable goods',
      body: 'Open joint inspection lanes at the busiest crossings so goods are cleared once.',
      pillar: 'building-back-together',
      sector: 'other',
      fundingDeclaration: 'none',
      country: 'us',
      language: 'en',
      consent: 'without_name',
    });
    caller.current = null;
    expect(result).toEqual({ serverError: 'notFound' });
    expect(events().slice(before)).toEqual([
      expect.objectContaining({ event: 'action.refused', code: 'notFound', userId: other.id, role: 'stakeholder' }),
    ]);
  });
});

describe('secrets', { timeout: 30_000 }, () => {
  it('never reach the log from account actions: passwords, reset and verification tokens', async () => {
    const email = 'new.person@example.org';
    await signUpAction({
      name: 'New Person',
      email,
      password: NEW_PASSWORD,
      organization: '',
      sector: 'ngo',
      country: 'mx',
      preferredLocale: 'es',
      privacyConsent: true,
    });
    const link = database
      .db()
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, email))
      .get()!
      .bodyText.match(/token=([\w-]+)/)![1]!;
    secrets.push(NEW_PASSWORD, link);

    const stakeholder = loadUser(database.db().select().from(users).where(eq(users.email, STAKEHOLDER)).get()!.id, null)!;
    caller.current = stakeholder;
    expect((await changePasswordAction({ currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD })).validationErrors).toBeDefined();
    caller.current = null;
    const resetToken = 'a-reset-token-that-does-not-exist-9f8e7d';
    secrets.push(resetToken);
    expect(await resetPasswordAction({ token: resetToken, password: NEW_PASSWORD })).toEqual({ data: { done: false, reason: 'invalid' } });
  });

  it('never reach the log from a failed query: its parameters are left out, its reason kept', async () => {
    const { actionClient } = await import('@/lib/actions/client');
    const { DrizzleQueryError } = await import('drizzle-orm');
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$secret-hash-value';
    secrets.push(hash, 'victim@example.org');
    const failing = actionClient.action(async () => {
      throw new DrizzleQueryError(
        'insert into "users" ("email", "password_hash") values (?, ?)',
        ['victim@example.org', hash],
        new Error('UNIQUE constraint failed: users.email'),
      );
    });
    const before = events().length;
    expect(await failing()).toEqual({ serverError: 'unexpected' });
    expect(events().slice(before)).toEqual([
      expect.objectContaining({
        event: 'action.error',
        message: 'query failed: UNIQUE constraint failed: users.email',
        query: expect.stringContaining('insert into "users"'),
      }),
    ]);
  });

  it('are blanked by logEvent even when a caller passes one, and a value cannot forge a second line', () => {
    const before = lines.length;
    logEvent('test.redaction', {
      password: 'hunter2-password',
      nested: { sessionToken: 'nested-token-value', ok: 'kept' },
      message: 'failed to open /en/reset-password?token=abc123secret&x=1 with Bearer eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.x.y.z',
      email: 'a@example.org\n{"event":"auth.sign_in.succeeded","userId":1}',
    });
    const written = lines.slice(before);
    expect(written).toHaveLength(1);
    expect(written[0]).not.toMatch(/hunter2|nested-token-value|abc123secret|eyJhbGciOiJkaXIi/);
    expect(JSON.parse(written[0]!)).toMatchObject({
      event: 'test.redaction',
      nested: { ok: 'kept' },
      email: 'a@example.org\n{"event":"auth.sign_in.succeeded","userId":1}',
    });
  });

  it('appear nowhere in anything written to the console during this file', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(14);
    const everything = lines.join('\n');
    for (const secret of secrets) expect(everything.includes(secret), `a secret reached the log: ${secret.slice(0, 6)}…`).toBe(false);
    expect(events().map((e) => e.event)).toEqual(
      expect.arrayContaining(['auth.sign_in.failed', 'auth.sign_in.succeeded', 'authz.refused', 'action.refused', 'account.created']),
    );
  });
});
