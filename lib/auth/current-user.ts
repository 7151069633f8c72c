/**
 * Who is calling, read fresh from the database on every request: a token whose account was deactivated
 * or whose session version was raised (sign-out, password change) counts as nobody. Role, government
 * and pillar scope always come from here, never from the token or the client (ASVS 4.1.2, 4.1.3).
 */
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb, type Database } from '@/db/client';
import { perConnection } from '@/db/prepared';
import { coordinatorPillars, users } from '@/db/schema';
import { authOptions } from './options';

export type CurrentUser = {
  id: number;
  email: string;
  name: string;
  role: 'stakeholder' | 'coordinator' | 'admin';
  government: 'us' | 'mx' | null;
  allPillars: boolean;
  pillarIds: number[];
  organization: string | null;
  sector: (typeof users.$inferSelect)['sector'];
  country: (typeof users.$inferSelect)['country'];
  preferredLocale: 'en' | 'es';
  emailVerified: boolean;
  /** Two-step sign-in is on for the account (every valid session then passed it: session-check.ts). */
  mfaEnabled: boolean;
  updatedAt: Date;
};

// Read on every authenticated request: prepared once per connection (db/prepared.ts).
const userById = perConnection((db: Database) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);
const pillarsOfUser = perConnection((db: Database) =>
  db
    .select({ pillarId: coordinatorPillars.pillarId })
    .from(coordinatorPillars)
    .where(eq(coordinatorPillars.userId, sql.placeholder('id')))
    .prepare(),
);

export function loadUser(id: number, sessionVersion: number | null): CurrentUser | null {
  const db = getDb();
  const user = userById(db).get({ id });
  if (!user || user.deactivatedAt) return null;
  if (sessionVersion !== null && user.sessionVersion !== sessionVersion) return null;
  const pillarIds = pillarsOfUser(db)
    .all({ id })
    .map((row) => row.pillarId);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    government: user.government,
    allPillars: user.allPillars,
    pillarIds,
    organization: user.organization,
    sector: user.sector,
    country: user.country,
    preferredLocale: user.preferredLocale,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.totpEnabledAt !== null,
    updatedAt: user.updatedAt,
  };
}

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return loadUser(id, session.sessionVersion ?? -1);
});
