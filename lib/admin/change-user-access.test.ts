import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, coordinatorPillars, pillars, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin, insertUser } from '@/test/users';
import { changeUserAccess } from './change-user-access';
import { userAccessSchema } from './schemas';

const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;
let slugs: Map<number, string>;

beforeAll(() => {
  admin = insertAdmin(database.db());
  slugs = new Map(
    database
      .db()
      .select()
      .from(pillars)
      .all()
      .map((p) => [p.number, p.slug]),
  );
});

const access = (input: Record<string, unknown>) => userAccessSchema.parse({ scope: 'all', government: '', pillars: [], ...input });

function stored(userId: number) {
  const db = database.db();
  const user = db.select().from(users).where(eq(users.id, userId)).get()!;
  const pillarIds = db
    .select()
    .from(coordinatorPillars)
    .where(eq(coordinatorPillars.userId, userId))
    .all()
    .map((row) => row.pillarId);
  return { role: user.role, government: user.government, allPillars: user.allPillars, pillarCount: pillarIds.length };
}

describe('changing what a user may do', () => {
  it('makes a stakeholder a coordinator of one government, limited to chosen pillars, then widens them to all', () => {
    const person = insertUser(database.db());
    changeUserAccess(
      admin,
      access({ userId: person.id, role: 'coordinator', government: 'us', scope: 'some', pillars: [slugs.get(2), slugs.get(4)] }),
    );
    expect(stored(person.id)).toEqual({ role: 'coordinator', government: 'us', allPillars: false, pillarCount: 2 });

    changeUserAccess(admin, access({ userId: person.id, role: 'coordinator', government: 'us', scope: 'all' }));
    expect(stored(person.id)).toEqual({ role: 'coordinator', government: 'us', allPillars: true, pillarCount: 0 });

    const audit = database
      .db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, 'user'), eq(auditEvents.objectId, String(person.id))))
      .all();
    expect(audit.map((event) => event.action)).toEqual(['user.access_change', 'user.access_change']);
    expect(audit[0]!.details).toEqual({
      before: { role: 'stakeholder', government: null, allPillars: false, pillars: [] },
      after: { role: 'coordinator', government: 'us', allPillars: false, pillars: [slugs.get(2), slugs.get(4)] },
    });
  });

  it('clears the government and pillars of a coordinator who becomes a stakeholder', () => {
    const coordinator = insertUser(database.db(), { role: 'coordinator', government: 'mx' });
    changeUserAccess(
      admin,
      access({ userId: coordinator.id, role: 'coordinator', government: 'mx', scope: 'some', pillars: [slugs.get(1)] }),
    );
    changeUserAccess(
      admin,
      access({ userId: coordinator.id, role: 'stakeholder', government: 'mx', scope: 'some', pillars: [slugs.get(1)] }),
    );
    expect(stored(coordinator.id)).toEqual({ role: 'stakeholder', government: null, allPillars: false, pillarCount: 0 });
  });

  it('refuses an administrator removing their own administrator role, and changes nothing', () => {
    expect(() => changeUserAccess(admin, access({ userId: admin.id, role: 'coordinator', government: 'us' }))).toThrow(
      expect.objectContaining({ code: 'cannotDemoteSelf' }),
    );
    expect(stored(admin.id).role).toBe('admin');
  });

  it("lets an administrator change another administrator's role", () => {
    const other = insertAdmin(database.db());
    changeUserAccess(admin, access({ userId: other.id, role: 'stakeholder' }));
    expect(stored(other.id)).toEqual({ role: 'stakeholder', government: null, allPillars: false, pillarCount: 0 });
  });

  it('refuses an account that does not exist', () => {
    expect(() => changeUserAccess(admin, access({ userId: 999_999, role: 'stakeholder' }))).toThrow(
      expect.objectContaining({ code: 'userNotFound' }),
    );
  });
});

describe('the role form', () => {
  const issues = (input: Record<string, unknown>) =>
    userAccessSchema
      .safeParse({ userId: 1, scope: 'all', government: '', pillars: [], ...input })
      .error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('asks a coordinator for the government they speak for', () => {
    expect(issues({ role: 'coordinator' })).toEqual([['government', 'choose']]);
  });

  it('asks a coordinator limited to some pillars for at least one', () => {
    expect(issues({ role: 'coordinator', government: 'mx', scope: 'some' })).toEqual([['pillars', 'choosePillars']]);
  });

  it('needs neither for a stakeholder or an administrator', () => {
    expect(issues({ role: 'stakeholder', scope: 'some' })).toBeUndefined();
    expect(issues({ role: 'admin' })).toBeUndefined();
  });
});
