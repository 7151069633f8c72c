/**
 * The accounts as administrators see them: role, government, pillar scope and status. Never the
 * password hash (docs/product.md, "Roles": an administrator must never be able to read passwords): every query names
 * its columns, and asks only whether a password is set.
 */
import 'server-only';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { coordinatorPillars, pillars, users } from '@/db/schema';
import { ROLES } from '@/db/vocabulary';

export type Role = (typeof ROLES)[number];
export type AccountStatus = 'active' | 'invited' | 'deactivated';

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  government: users.government,
  allPillars: users.allPillars,
  preferredLocale: users.preferredLocale,
  deactivatedAt: users.deactivatedAt,
  // A deleted account is an emptied row with no name (lib/accounts/delete-account.ts): pages name it by number.
  deletedAt: users.deletedAt,
  createdAt: users.createdAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
};

export type AdminUserRow = ReturnType<typeof listUsers>[number];

/** Every account, or those of one role, by name; each with the pillars (number and slug) it is limited to. */
export function listUsers(role?: Role) {
  return selectUsers(role ? eq(users.role, role) : undefined);
}

export function getUserForAdmin(id: number): AdminUserRow | null {
  return selectUsers(eq(users.id, id))[0] ?? null;
}

function selectUsers(where: SQL | undefined) {
  const rows = getDb().select(columns).from(users).where(where).orderBy(asc(users.name), asc(users.id)).all();
  const scope = pillarsByUser(rows.map((row) => row.id));
  return rows.map(({ hasPassword, ...row }) => ({
    ...row,
    // Deactivated wins over invited: a deactivated invitee can do nothing until reactivated.
    status: (row.deactivatedAt ? 'deactivated' : hasPassword ? 'active' : 'invited') as AccountStatus,
    pillars: scope.get(row.id) ?? [],
  }));
}

function pillarsByUser(userIds: number[]) {
  const result = new Map<number, { number: number; slug: string }[]>();
  if (userIds.length === 0) return result;
  const rows = getDb()
    .select({ userId: coordinatorPillars.userId, number: pillars.number, slug: pillars.slug })
    .from(coordinatorPillars)
    .innerJoin(pillars, eq(pillars.id, coordinatorPillars.pillarId))
    .where(inArray(coordinatorPillars.userId, userIds))
    .orderBy(asc(pillars.number))
    .all();
  for (const { userId, ...pillar } of rows) result.set(userId, [...(result.get(userId) ?? []), pillar]);
  return result;
}
