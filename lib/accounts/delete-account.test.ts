/**
 * "Delete my account": the person's personal data is gone from every table; their recommendations stay,
 * public and anonymous; history is untouched and says what happened; nobody can sign in to the account
 * again; the public pages that showed their name are replaced before the answer; and a government
 * account, or a caller who cannot prove who they are, deletes nothing.
 */
import { eq, inArray } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditEvents, cosigners, historyEvents, publicRecommendations, recommendations, users } from '@/db/schema';
import type { Database } from '@/db/open';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { reactivateUser } from '@/lib/admin/user-activation';
import { getUserForAdmin } from '@/lib/admin/users';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { checkCredentials } from '@/lib/auth/sign-in';
import { listPublicSignatories } from '@/lib/cosigning/read';
import { createPerson, PERSON_PASSWORD, userRow, type Person } from '@/test/data-rights-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
const replaced = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void replaced.paths.push(path), revalidateTag: () => undefined }));

const { deleteAccountAction } = await import('./data-rights-actions');
const { erasedEmail } = await import('./delete-account');

const database = useTemporaryGlobalDatabase();
let coordinator: CurrentUser;

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  coordinator = loadUser(db.select().from(users).where(eq(users.email, 'coordinator.mx@hled.example')).get()!.id, null)!;
}, 60_000);
beforeEach(() => {
  replaced.paths = [];
  caller.current = null;
});

/** Every row of every ordinary table, as text, for searching a person's data anywhere in the database. */
function everyTable(db: Database): Record<string, string> {
  const client = db.$client;
  const tables = client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, JSON.stringify(client.prepare(`select * from "${table}"`).raw().all())]));
}

const deleteAs = async (person: Person, input: Record<string, unknown>) => {
  caller.current = person.user;
  try {
    return await deleteAccountAction(input as never);
  } finally {
    caller.current = null;
  }
};

describe('deleting my account', { timeout: 30_000 }, () => {
  it('erases the personal data from every table, and keeps the recommendations public, anonymous, with their history', async () => {
    const db = database.db();
    const ana = await createPerson(db, 'carla', coordinator);
    const ben = await createPerson(db, 'diego', coordinator);
    const ids = db
      .select({ id: recommendations.id })
      .from(recommendations)
      .where(eq(recommendations.submitterId, ana.user.id))
      .all()
      .map((r) => r.id);
    const historyBefore = db
      .select()
      .from(historyEvents)
      .where(inArray(historyEvents.recommendationId, ids))
      .orderBy(historyEvents.id)
      .all();

    const result = await deleteAs(ana, { currentPassword: PERSON_PASSWORD, confirm: true });
    expect(result).toEqual({ data: { deleted: true, recommendationsKept: 2 } });

    const tables = everyTable(db);
    for (const [table, rows] of Object.entries(tables)) {
      for (const personal of [ana.email, ana.name, ana.organization, ana.organizationIdentifier, ana.linkToken])
        expect(rows, `${table} still holds ${personal}`).not.toContain(personal);
    }
    // The other person's data is all still there.
    for (const theirs of [ben.email, ben.name, ben.organization]) expect(tables.users, theirs).toContain(theirs);
    expect(tables.outbox).toContain(ben.email);
    expect(tables.recommendations).toContain(ben.organizationIdentifier);

    expect(userRow(db, ana.user.id)).toMatchObject({
      email: erasedEmail(ana.user.id),
      name: '',
      organization: null,
      sector: null,
      country: null,
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      emailVerifiedAt: null,
      privacyConsentAt: null,
      deactivatedAt: expect.any(Date),
      deletedAt: expect.any(Date),
    });
    for (const table of ['auth_tokens', 'mfa_recovery_codes', 'notifications', 'alert_preferences', 'digest_runs', 'coordinator_pillars']) {
      const left = db.$client.prepare(`select count(*) from "${table}" where user_id = ?`).pluck().get(ana.user.id);
      expect(left, table).toBe(0);
    }
    expect(db.$client.prepare('select count(*) from outbox where user_id = ? or to_address = ?').pluck().get(ana.user.id, ana.email)).toBe(
      0,
    );
    expect(db.$client.prepare('select count(*) from sign_in_failures where key like ?').pluck().get(`%${ana.email}%`)).toBe(0);

    // The recommendations stay, tied to no account; the named one is now public without the name.
    const kept = db.select().from(recommendations).where(inArray(recommendations.id, ids)).all();
    expect(kept.map((r) => [r.ref, r.submitterId, r.organization, r.organizationIdentifier, r.consent]).sort()).toEqual(
      [
        [ana.refs.named, null, null, null, 'without_name'],
        [ana.refs.confidential, null, null, null, 'confidential'],
      ].sort(),
    );
    const publicRow = db.select().from(publicRecommendations).where(eq(publicRecommendations.ref, ana.refs.named)).get();
    expect(publicRow).toMatchObject({
      submitterName: null,
      organization: null,
      title: 'Ventanilla carla única aduanera',
      status: 'not_adopted',
    });

    // History: every earlier row exactly as it was, and one new internal row per recommendation.
    const historyAfter = db
      .select()
      .from(historyEvents)
      .where(inArray(historyEvents.recommendationId, ids))
      .orderBy(historyEvents.id)
      .all();
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(historyAfter.slice(historyBefore.length).map((e) => [e.kind, e.isPublic, e.details])).toEqual([
      ['submitter_account_deleted', false, null],
      ['submitter_account_deleted', false, null],
    ]);
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'user.delete')).all()).toEqual([
      expect.objectContaining({
        actorId: ana.user.id,
        objectType: 'user',
        objectId: String(ana.user.id),
        details: { recommendationsKept: 2 },
      }),
    ]);

    // The public pages that showed the name were replaced before the answer.
    expect(replaced.paths).toEqual(
      expect.arrayContaining([`/en/recommendations/${ana.refs.named}`, `/es/recommendations/${ana.refs.named}`, '/es/you-said-we-did']),
    );
  });

  it("withdraws the person's co-signatures, no longer listed, and removes the invitations they had not answered", async () => {
    const db = database.db();
    const hana = await createPerson(db, 'hana', coordinator);
    const jon = await createPerson(db, 'jon', coordinator);
    const itemId = (ref: string) =>
      db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.ref, ref)).get()!.id;
    const signedOn = itemId(jon.refs.named);
    const invitedTo = itemId(jon.refs.confidential);
    db.insert(cosigners)
      .values([
        {
          recommendationId: signedOn,
          email: hana.email,
          state: 'signed',
          userId: hana.user.id,
          organization: hana.organization,
          sector: 'ngo',
          country: 'mx',
          publicConsent: true,
          signedAt: new Date(),
        },
        { recommendationId: invitedTo, email: hana.email },
      ])
      .run();
    expect(listPublicSignatories(signedOn).map((s) => s.organization)).toContain(hana.organization);

    expect(await deleteAs(hana, { currentPassword: PERSON_PASSWORD, confirm: true })).toMatchObject({ data: { deleted: true } });

    expect(listPublicSignatories(signedOn).map((s) => s.organization)).not.toContain(hana.organization);
    expect(db.select().from(cosigners).where(eq(cosigners.recommendationId, invitedTo)).all()).toEqual([]);
    expect(db.select().from(cosigners).where(eq(cosigners.recommendationId, signedOn)).all()).toEqual([
      expect.objectContaining({
        state: 'withdrawn',
        userId: null,
        organization: null,
        sector: null,
        country: null,
        publicConsent: false,
        withdrawnAt: expect.any(Date),
      }),
    ]);
    const rows = JSON.stringify(db.select().from(cosigners).all());
    for (const personal of [hana.email, hana.organization]) expect(rows).not.toContain(personal);
  });

  it('leaves no way to sign in: not with the old address, not with the erased one, not with the old session', async () => {
    const db = database.db();
    const eva = await createPerson(db, 'eva', coordinator);
    const sessionVersion = userRow(db, eva.user.id).sessionVersion;
    expect(await checkCredentials(eva.email, PERSON_PASSWORD, null)).toMatchObject({ ok: true });
    expect(await deleteAs(eva, { currentPassword: PERSON_PASSWORD, confirm: true })).toMatchObject({ data: { deleted: true } });
    expect(await checkCredentials(eva.email, PERSON_PASSWORD, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials(erasedEmail(eva.user.id), PERSON_PASSWORD, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(loadUser(eva.user.id, sessionVersion)).toBeNull();
    expect(loadUser(eva.user.id, null)).toBeNull();
    // Nor can an administrator bring it back.
    const admin = loadUser(db.select().from(users).where(eq(users.email, 'admin@hled.example')).get()!.id, null)!;
    reactivateUser(admin, eva.user.id);
    expect(userRow(db, eva.user.id).deactivatedAt).not.toBeNull();
    expect(loadUser(eva.user.id, null)).toBeNull();
    // The administrators' list names it by number, since its name is gone.
    expect(getUserForAdmin(eva.user.id)).toMatchObject({ name: '', deletedAt: expect.any(Date), status: 'deactivated' });
  });

  it('asks for the second step when the account has one', async () => {
    const db = database.db();
    const fer = await createPerson(db, 'fer', coordinator, { twoStep: true });
    expect(await deleteAs(fer, { currentPassword: PERSON_PASSWORD, confirm: true })).toMatchObject({
      validationErrors: { fieldErrors: { code: ['required'] } },
    });
    expect(await deleteAs(fer, { currentPassword: PERSON_PASSWORD, code: '000000', confirm: true })).toMatchObject({
      validationErrors: { fieldErrors: { code: ['wrongCode'] } },
    });
    expect(userRow(db, fer.user.id).email).toBe(fer.email);
    const code = generateSync({ secret: fer.totpSecret!, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect(await deleteAs(fer, { currentPassword: PERSON_PASSWORD, code, confirm: true })).toMatchObject({ data: { deleted: true } });
    expect(userRow(db, fer.user.id).totpSecret).toBeNull();
  });

  it('changes nothing without the right password or the confirmation', async () => {
    const db = database.db();
    const gil = await createPerson(db, 'gil', coordinator);
    const before = everyTable(db);
    expect(await deleteAs(gil, { currentPassword: PERSON_PASSWORD, confirm: false })).toMatchObject({
      validationErrors: { fieldErrors: { confirm: ['confirmDeletion'] } },
    });
    expect(await deleteAs(gil, { currentPassword: PERSON_PASSWORD })).toMatchObject({
      validationErrors: { fieldErrors: { confirm: ['confirmDeletion'] } },
    });
    expect(everyTable(db)).toEqual(before);
    expect(await deleteAs(gil, { currentPassword: 'not-my-password-at-all', confirm: true })).toMatchObject({
      validationErrors: { fieldErrors: { currentPassword: ['wrongPassword'] } },
    });
    // Only the wrong guess was counted, as at sign-in; the account is whole.
    const after = everyTable(db);
    for (const table of Object.keys(before).filter((t) => t !== 'sign_in_failures')) expect(after[table], table).toEqual(before[table]);
  });

  it('refuses a government account, and deletes no one but the caller', async () => {
    const db = database.db();
    const before = everyTable(db);
    caller.current = coordinator;
    expect(await deleteAccountAction({ currentPassword: 'hled-demo-2026', confirm: true })).toEqual({ serverError: 'governmentAccount' });
    caller.current = null;
    expect(await deleteAccountAction({ currentPassword: 'hled-demo-2026', confirm: true })).toEqual({ serverError: 'notSignedIn' });
    expect(everyTable(db)).toEqual(before);
    // Extra input naming someone else is ignored: the caller's own account is the one deleted.
    const hal = await createPerson(db, 'hal', coordinator);
    const ivo = await createPerson(db, 'ivo', coordinator);
    expect(await deleteAs(hal, { currentPassword: PERSON_PASSWORD, confirm: true, userId: ivo.user.id, email: ivo.email })).toMatchObject({
      data: { deleted: true },
    });
    expect(userRow(db, ivo.user.id)).toMatchObject({ email: ivo.email, deletedAt: null });
    expect(userRow(db, hal.user.id).deletedAt).not.toBeNull();
  });
});
