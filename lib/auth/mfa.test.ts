/**
 * Two-step sign-in: the second step through next-auth's real handler, codes used once and throttled like
 * passwords, recovery codes hashed at rest, the audit trail, and the requirement for coordinators and
 * administrators in production mode.
 */
import { and, eq } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, mfaRecoveryCodes, users } from '@/db/schema';
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
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { confirmEnrolment, startEnrolment } = await import('./mfa');
const { disableTwoStepAction } = await import('./mfa-actions');
const { changeStatusAction } = await import('@/lib/triage/actions');
const { updateSiteSettingsAction } = await import('@/lib/admin/actions');
const { loadUser } = await import('@/lib/auth/current-user');

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'Granite-Sparrow-Meadow-6620';
let passwordHash: string;
const nextStep = (secret: string, steps = 1) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * steps });

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
  passwordHash = await hashPassword(PASSWORD);
});
afterEach(() => {
  caller.current = null;
  vi.unstubAllEnvs();
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
});

function enrolled(fields: Partial<typeof users.$inferInsert> = {}) {
  const user = insertUser(database.db(), { passwordHash, emailVerifiedAt: new Date(), ...fields });
  const { secret } = startEnrolment(user.id);
  const { recoveryCodes } = confirmEnrolment(user.id, generateSync({ secret }));
  return { user: loadUser(user.id, null)!, secret, recoveryCodes };
}

describe('two-step sign-in', { timeout: 60_000 }, () => {
  it('MFA: asks for a code after the right password, and signs in with a right code from the app', async () => {
    const { user, secret } = enrolled();
    const first = await signInThroughNextAuth(user.email, PASSWORD);
    expect(first.error).toBe('mfaRequired');
    expect(first.sessionCookie).toBeNull();
    const wrong = await signInThroughNextAuth(user.email, PASSWORD, { code: '000000' });
    expect(wrong.error).toBe('invalidCode');
    // One code, computed once: computed twice, the two could fall either side of a 30-second step.
    const code = nextStep(secret);
    const right = await signInThroughNextAuth(user.email, PASSWORD, { code });
    expect(right.sessionCookie).toBeTruthy();
    // The same code cannot be used twice.
    expect((await signInThroughNextAuth(user.email, PASSWORD, { code })).error).toBe('invalidCode');
  });

  it('MFA: counts wrong codes like wrong passwords', async () => {
    const { user, secret } = enrolled();
    const errors = [];
    for (let i = 0; i < 7; i++) errors.push((await signInThroughNextAuth(user.email, PASSWORD, { code: String(100000 + i) })).error);
    expect(errors.slice(0, 5)).toEqual(Array(5).fill('invalidCode'));
    expect(errors[5]).toMatch(/^throttled:/);
    expect((await signInThroughNextAuth(user.email, PASSWORD, { code: nextStep(secret) })).error).toMatch(/^throttled:/);
  });

  it('MFA: a recovery code works once, and is stored only as a hash', async () => {
    const { user, recoveryCodes } = enrolled();
    expect(recoveryCodes).toHaveLength(10);
    const stored = JSON.stringify(database.db().select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id)).all());
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replace(/-/g, ''));
    const secretColumn = database.db().select({ s: users.totpSecret }).from(users).where(eq(users.id, user.id)).get()!.s!;
    expect(secretColumn.startsWith('v1.')).toBe(true);
    const code = recoveryCodes[3]!.toUpperCase();
    expect((await signInThroughNextAuth(user.email, PASSWORD, { code })).sessionCookie).toBeTruthy();
    expect((await signInThroughNextAuth(user.email, PASSWORD, { code })).error).toBe('invalidCode');
    const audit = database
      .db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, 'user'), eq(auditEvents.objectId, String(user.id))))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['user.mfa_enabled', 'user.mfa_recovery_code_used']);
  });

  it('MFA: turning it off needs a right code and is written to the audit log', async () => {
    const { user, secret } = enrolled();
    caller.current = user;
    expect(await disableTwoStepAction({ code: '000000' })).toEqual({ serverError: 'wrongCode' });
    expect(await disableTwoStepAction({ code: nextStep(secret) })).toEqual({ data: { disabled: true } });
    const actions = database
      .db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectId, String(user.id)))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(['user.mfa_enabled', 'user.mfa_disabled']);
  });

  it('MFA: in production mode, coordinators and administrators must set it up before their actions work', async () => {
    vi.stubEnv('AUTH_SECRET', 'a-production-secret-of-enough-length-0123456789');
    const coordinator = insertUser(database.db(), { passwordHash, role: 'coordinator', government: 'mx', allPillars: true });
    const admin = insertUser(database.db(), { passwordHash, role: 'admin', allPillars: true });
    caller.current = coordinator;
    expect(await changeStatusAction({ ref: 'HLED-2026-9999', version: 1, to: 'under_review' })).toEqual({ serverError: 'mfaRequired' });
    caller.current = admin;
    expect(await updateSiteSettingsAction({ bilateralConfirmation: true, responsesInBothLanguages: false })).toEqual({
      serverError: 'mfaRequired',
    });
    // Once it is on, the gate lets them through to the action's own checks.
    caller.current = { ...coordinator, mfaEnabled: true };
    expect(await changeStatusAction({ ref: 'HLED-2026-9999', version: 1, to: 'under_review' })).toEqual({ serverError: 'notFound' });
    caller.current = { ...admin, mfaEnabled: true };
    expect((await updateSiteSettingsAction({ bilateralConfirmation: true, responsesInBothLanguages: false })).data).toEqual({
      saved: true,
    });
    // Their password alone signs them in (to set it up), and a stakeholder is never asked.
    expect((await signInThroughNextAuth(coordinator.email, PASSWORD)).sessionCookie).toBeTruthy();
  });

  it('MFA: stays optional in demo mode, where the published accounts sign in with their password alone', async () => {
    expect(process.env.AUTH_SECRET ?? '').toBe('');
    const coordinator = insertUser(database.db(), { passwordHash, role: 'coordinator', government: 'us', allPillars: true });
    caller.current = coordinator;
    expect(await changeStatusAction({ ref: 'HLED-2026-9999', version: 1, to: 'under_review' })).toEqual({ serverError: 'notFound' });
  });
});
