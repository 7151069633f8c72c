/**
 * "Download my data": the file holds everything about the person (profile, recommendations with their
 * translations and the history they can see, consents, news, e-mails, sign-in records, settings), none
 * of another person's data, and no secret that would open the account.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { authTokens, cosigners, mfaRecoveryCodes, recommendations, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { createPerson, type Person } from '@/test/data-rights-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));

const { exportPersonalData } = await import('./export-data');
const { GET } = await import('@/app/api/account/export/route');

const database = useTemporaryGlobalDatabase();
let ana: Person;
let ben: Person;

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const coordinator = loadUser(db.select().from(users).where(eq(users.email, 'coordinator.mx@hled.example')).get()!.id, null)!;
  ana = await createPerson(db, 'ana', coordinator, { twoStep: true });
  ben = await createPerson(db, 'ben', coordinator);
}, 60_000);

describe('download my data', () => {
  it("holds the person's profile, consents, recommendations with translations and public history, news, e-mails and records", () => {
    const data = exportPersonalData(ana.user.id)!;
    expect(data.format).toBe('hled-personal-data/1');
    expect(data.account).toMatchObject({
      email: ana.email,
      name: ana.name,
      organization: ana.organization,
      sector: 'ngo',
      country: 'mx',
      preferredLanguage: 'es',
      role: 'stakeholder',
    });
    expect(data.account.privacyNoticeAcceptedAt).not.toBeNull();
    expect(data.twoStepSignIn).toMatchObject({ enabled: true, recoveryCodesUnused: 10, recoveryCodesUsed: 0 });

    const refs = data.recommendations.map((r) => r.ref).sort();
    expect(refs).toEqual([ana.refs.named, ana.refs.confidential].sort());
    const named = data.recommendations.find((r) => r.ref === ana.refs.named)!;
    expect(named).toMatchObject({
      publicationConsent: 'name_and_organization',
      organization: ana.organization,
      organizationIdentifier: ana.organizationIdentifier,
      status: 'not_adopted',
    });
    expect(named.translations).toEqual([expect.objectContaining({ language: 'en', title: 'Single ana customs window' })]);
    expect(named.history.map((e) => e.kind)).toEqual(['submitted', 'status_changed', 'status_changed']);
    expect(named.history.at(-1)).toMatchObject({
      by: 'governments',
      toStatus: 'not_adopted',
      publicResponse: { en: 'Public response ana.', es: 'Respuesta pública ana.' },
    });
    expect(data.recommendations.find((r) => r.ref === ana.refs.confidential)!.publicationConsent).toBe('confidential');

    expect(data.notifications.map((n) => n.kind)).toContain('status_changed');
    // Two receipts, the status-change e-mail and the reset link.
    expect(data.emails.length).toBeGreaterThanOrEqual(4);
    expect(data.emails.every((m) => m.to === ana.email)).toBe(true);
    expect(data.emailLinks).toEqual([expect.objectContaining({ purpose: 'reset_password', usedAt: null })]);
    expect(data.failedSignInsOnRecord).toHaveLength(1);
    expect(data.accountChanges.map((c) => c.action)).toContain('user.mfa_enabled');
    expect(data.alertPreferences).toMatchObject({ newSubmissions: 'daily' });
  });

  it('holds nothing of another person, and names no coordinator', () => {
    const text = JSON.stringify(exportPersonalData(ana.user.id));
    for (const theirs of [
      ben.email,
      ben.name,
      ben.organization,
      ben.organizationIdentifier,
      ben.refs.named,
      ben.refs.confidential,
      'Single ben customs window',
      'Public response ben.',
      'Respuesta pública ben.',
    ]) {
      expect(text, theirs).not.toContain(theirs);
    }
    expect(text).not.toMatch(/coordinator\.(us|mx)@hled\.example/);
  });

  it('holds no secret: no password hash, authenticator key, recovery-code or link hash, nor a usable link', () => {
    const db = database.db();
    const row = db.select().from(users).where(eq(users.id, ana.user.id)).get()!;
    const text = JSON.stringify(exportPersonalData(ana.user.id));
    const secrets = [
      row.passwordHash!,
      row.totpSecret!,
      ana.totpSecret!,
      ana.linkToken,
      ...db
        .select()
        .from(mfaRecoveryCodes)
        .where(eq(mfaRecoveryCodes.userId, ana.user.id))
        .all()
        .map((c) => c.codeHash),
      ...db
        .select()
        .from(authTokens)
        .where(eq(authTokens.userId, ana.user.id))
        .all()
        .map((t) => t.tokenHash),
    ];
    expect(secrets.length).toBeGreaterThan(12);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('token=REMOVED');
    expect(text).not.toMatch(/"(passwordHash|totpSecret|totpLastStep|codeHash|tokenHash|viewKeyHash|sessionVersion)"/);
  });

  it("holds the person's co-signatures and invitations on other people's recommendations, and not another person's", () => {
    const db = database.db();
    const itemId = (ref: string) =>
      db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.ref, ref)).get()!.id;
    db.insert(cosigners)
      .values([
        {
          recommendationId: itemId(ben.refs.named),
          email: ana.email,
          state: 'signed',
          userId: ana.user.id,
          organization: 'Cámara Binacional del Norte',
          sector: 'private_sector',
          country: 'mx',
          publicConsent: true,
          signedAt: new Date('2026-03-02T10:00:00Z'),
        },
        { recommendationId: itemId(ben.refs.confidential), email: ana.email },
        { recommendationId: itemId(ana.refs.named), email: 'someone.else@example.org' },
      ])
      .run();
    const { cosignatures } = exportPersonalData(ana.user.id)!;
    expect(cosignatures).toEqual([
      expect.objectContaining({
        ref: ben.refs.named,
        state: 'signed',
        organization: 'Cámara Binacional del Norte',
        country: 'mx',
        listedPublicly: true,
        signedAt: '2026-03-02T10:00:00.000Z',
      }),
      expect.objectContaining({ ref: ben.refs.confidential, state: 'invited', invitedAs: ana.email, signedAt: null }),
    ]);
    expect(JSON.stringify(exportPersonalData(ben.user.id))).not.toContain('Cámara Binacional del Norte');
  });
});

describe('the download address', () => {
  it('refuses anyone not signed in, and is never stored', async () => {
    caller.current = null;
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it("answers the signed-in person's own data as a file, private and not stored, and logs it", async () => {
    caller.current = ana.user;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const response = await GET();
    const logged = log.mock.calls.map(([line]) => String(line));
    log.mockRestore();
    caller.current = null;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="hled-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body.account.email).toBe(ana.email);
    expect(logged.some((line) => line.includes('"event":"account.data_exported"') && line.includes(`"userId":${ana.user.id}`))).toBe(true);
  });
});
