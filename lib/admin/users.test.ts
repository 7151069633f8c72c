import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { coordinatorPillars, pillars } from '@/db/schema';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { getUserForAdmin, listUsers } from './users';

const database = useTemporaryGlobalDatabase();

describe('the accounts administrators see', () => {
  it("show each account's status and pillars, and never a password hash", () => {
    const db = database.db();
    const invited = insertUser(db, { role: 'coordinator', government: 'mx' });
    const active = insertUser(db, { role: 'coordinator', government: 'us', passwordHash: '$argon2id$secret-looking-hash' });
    const deactivated = insertUser(db, { passwordHash: '$argon2id$another-hash', deactivatedAt: new Date() });
    const pillarFour = db.select().from(pillars).where(eq(pillars.number, 4)).get()!;
    db.insert(coordinatorPillars).values({ userId: invited.id, pillarId: pillarFour.id }).run();

    expect(getUserForAdmin(invited.id)).toMatchObject({ status: 'invited', pillars: [{ number: 4, slug: pillarFour.slug }] });
    expect(getUserForAdmin(active.id)).toMatchObject({ status: 'active', pillars: [] });
    expect(getUserForAdmin(deactivated.id)).toMatchObject({ status: 'deactivated' });
    expect(JSON.stringify(listUsers())).not.toContain('argon2');
  });

  it('filter by role', () => {
    const coordinators = listUsers('coordinator');
    expect(coordinators.length).toBeGreaterThanOrEqual(2);
    expect(coordinators.every((user) => user.role === 'coordinator')).toBe(true);
    expect(getUserForAdmin(999_999)).toBeNull();
  });
});
