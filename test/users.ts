import { users } from '@/db/schema';
import type { Database } from '@/db/open';
import type { CurrentUser } from '@/lib/auth/current-user';

let sequence = 0;

/**
 * A user row for a test, returned as the CurrentUser a use case receives. Without a role, a stakeholder;
 * each call gets its own address unless one is given.
 */
export function insertUser(db: Database, fields: Partial<typeof users.$inferInsert> = {}): CurrentUser {
  sequence += 1;
  const row = db
    .insert(users)
    .values({ email: `user${sequence}.${Date.now()}@example.org`, name: `Test User ${sequence}`, ...fields })
    .returning()
    .get();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    government: row.government,
    allPillars: row.allPillars,
    pillarIds: [],
    organization: row.organization,
    sector: row.sector,
    country: row.country,
    preferredLocale: row.preferredLocale,
    emailVerified: row.emailVerifiedAt !== null,
    mfaEnabled: row.totpEnabledAt !== null,
    updatedAt: row.updatedAt,
  };
}

export const insertAdmin = (db: Database) => insertUser(db, { role: 'admin', allPillars: true });
