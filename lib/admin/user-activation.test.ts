import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, authTokens, users } from '@/db/schema';
import { issueToken } from '@/lib/accounts/tokens';
import type { CurrentUser } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { checkCredentials } from '@/lib/auth/sign-in';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin, insertUser } from '@/test/users';
import { deactivateUser, reactivateUser } from './user-activation';

const database = useTemporaryGlobalDatabase();
const PASSWORD = 'cuatro garzas en la laguna de Términos';
let admin: CurrentUser;
let passwordHash: string;

beforeAll(async () => {
  admin = insertAdmin(database.db());
  passwordHash = await hashPassword(PASSWORD);
});

const row = (id: number) => database.db().select().from(users).where(eq(users.id, id)).get()!;
const auditActions = (id: number) =>
  database
    .db()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.objectId, String(id)))
    .all()
    .filter((e) => e.objectType === 'user')
    .map((e) => e.action);

describe('deactivating an account', () => {
  it('refuses its sign-in, ends its sessions by raising the session version, and retires its pending links', async () => {
    const coordinator = insertUser(database.db(), { role: 'coordinator', government: 'us', passwordHash });
    issueToken(database.db(), coordinator.id, 'reset_password');
    const versionBefore = row(coordinator.id).sessionVersion;

    deactivateUser(admin, coordinator.id);

    expect(row(coordinator.id).deactivatedAt).not.toBeNull();
    expect(row(coordinator.id).sessionVersion).toBe(versionBefore + 1);
    expect(
      database
        .db()
        .select()
        .from(authTokens)
        .where(eq(authTokens.userId, coordinator.id))
        .all()
        .every((t) => t.usedAt !== null),
    ).toBe(true);
    expect(await checkCredentials(coordinator.email, PASSWORD, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(auditActions(coordinator.id)).toEqual(['user.deactivate']);
  });

  it('changes nothing more when the account is already deactivated', () => {
    const person = insertUser(database.db());
    deactivateUser(admin, person.id);
    const version = row(person.id).sessionVersion;
    deactivateUser(admin, person.id);
    expect(row(person.id).sessionVersion).toBe(version);
    expect(auditActions(person.id)).toEqual(['user.deactivate']);
  });

  it('refuses an administrator deactivating themselves', () => {
    expect(() => deactivateUser(admin, admin.id)).toThrow(expect.objectContaining({ code: 'cannotDeactivateSelf' }));
    expect(row(admin.id).deactivatedAt).toBeNull();
  });
});

describe('reactivating an account', () => {
  it('lets the person sign in again, while the sessions ended at deactivation stay ended', async () => {
    const person = insertUser(database.db(), { passwordHash });
    const original = row(person.id).sessionVersion;
    deactivateUser(admin, person.id);
    reactivateUser(admin, person.id);
    expect(row(person.id).deactivatedAt).toBeNull();
    expect(row(person.id).sessionVersion).toBe(original + 1);
    expect(await checkCredentials(person.email, PASSWORD, null)).toMatchObject({ ok: true });
    expect(auditActions(person.id)).toEqual(['user.deactivate', 'user.reactivate']);
  });
});
