/**
 * What an anonymous visitor can learn or take through the account forms: whether an address has an
 * account (sign-up, password reset), a reset link in demo mode, and unlimited guesses at the current
 * password from a signed-in session.
 */
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outbox, users } from '@/db/schema';
import { DEMO_PASSWORD, seedDemoData } from '@/lib/accounts/demo-seed';
import type { CurrentUser } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { signInThroughNextAuth } from '@/test/next-auth';
import { insertUser } from '@/test/users';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
// Work the server does after answering, held back so a test can look at the moment of the answer.
const deferred = vi.hoisted(() => ({ tasks: [] as (() => Promise<unknown>)[] }));
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => Promise<unknown>) => void deferred.tasks.push(task),
}));

const { changePasswordAction, requestPasswordResetAction, signUpAction } = await import('./actions');

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'Silver-Maple-Harbor-7781';
const runDeferred = async () => {
  for (const task of deferred.tasks.splice(0)) await task();
};
const messagesTo = (address: string) => database.db().select().from(outbox).where(eq(outbox.toAddress, address)).all();
const userCount = () => database.db().select({ n: count() }).from(users).get()!.n;

let realPerson: CurrentUser;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
  await seedDemoData(database.db());
  realPerson = insertUser(database.db(), {
    email: 'real.person@example.org',
    passwordHash: await hashPassword(PASSWORD),
    emailVerifiedAt: new Date(),
  });
});
afterEach(async () => {
  caller.current = null;
  await runDeferred();
});

describe('the password-reset form', { timeout: 30_000 }, () => {
  it('M1: in demo mode offers a link to the reset e-mail only for the published demo accounts', async () => {
    expect(process.env.AUTH_SECRET ?? '').toBe('');
    const forReal = await requestPasswordResetAction({ email: realPerson.email });
    const forNobody = await requestPasswordResetAction({ email: 'nobody.at.all@example.org' });
    expect(forReal).toEqual({ data: { outboxLink: null } });
    expect(forReal).toEqual(forNobody);
    const forDemo = await requestPasswordResetAction({ email: 'stakeholder@hled.example' });
    expect(forDemo.data?.outboxLink).toMatch(/^\/outbox\/\d+\?key=/);
  });

  it('L7: gives its answer before the address is looked up, so it takes the same time whether or not the address exists', async () => {
    const before = messagesTo(realPerson.email).length;
    const known = await requestPasswordResetAction({ email: realPerson.email });
    const unknown = await requestPasswordResetAction({ email: 'nobody.else@example.org' });
    expect(known).toEqual(unknown);
    expect(messagesTo(realPerson.email)).toHaveLength(before);
    await runDeferred();
    expect(messagesTo(realPerson.email)).toHaveLength(before + 1);
    expect(messagesTo('nobody.else@example.org')).toHaveLength(0);
  });
});

describe('the sign-up form', { timeout: 30_000 }, () => {
  const form = (email: string) =>
    ({
      name: 'Ana Ruiz',
      email,
      password: 'Quiet-Orchard-Lantern-52',
      organization: '',
      sector: 'ngo',
      country: 'mx',
      preferredLocale: 'es',
      privacyConsent: true,
    }) as const;

  it('L7: never says that an address already has an account, and e-mails the owner instead', async () => {
    const users = userCount();
    const fresh = await signUpAction(form('brand.new@example.org'));
    const taken = await signUpAction(form(realPerson.email));
    const takenShouted = await signUpAction(form(`  ${realPerson.email.toUpperCase()} `));
    expect(fresh.validationErrors).toBeUndefined();
    expect(taken).toEqual(fresh);
    expect(takenShouted).toEqual(fresh);
    expect(userCount()).toBe(users + 1);
    await runDeferred();
    const notices = messagesTo(realPerson.email);
    expect(notices.length).toBeGreaterThanOrEqual(1);
    expect(notices.at(-1)!.subject).not.toBe(messagesTo('brand.new@example.org')[0]!.subject);
  });
});

describe('changing the password', { timeout: 30_000 }, () => {
  it('L5: counts wrong current passwords like wrong passwords at sign-in', async () => {
    const victim = insertUser(database.db(), { passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() });
    caller.current = victim;
    const answers = [];
    for (let i = 0; i < 8; i++)
      answers.push(await changePasswordAction({ currentPassword: `guess number ${i}`, newPassword: 'Brand-New-Secret-Phrase-99' }));
    caller.current = null;
    const wrong = answers.filter((a) => JSON.stringify(a.validationErrors ?? {}).includes('wrongPassword'));
    expect(wrong).toHaveLength(5);
    expect(answers.slice(5).every((a) => (a.serverError ?? '').startsWith('tooManyAttempts|'))).toBe(true);
    // The same count slows sign-in from an unknown browser.
    expect((await signInThroughNextAuth(victim.email, PASSWORD)).error).toMatch(/^throttled:/);
    expect(DEMO_PASSWORD).toBeTruthy();
  });
});
