/**
 * Which coordinators hear about a recommendation: the active coordinators whose pillars include it,
 * optionally of one government only. Invited coordinators who have not chosen a password yet, and
 * deactivated accounts, are left out. Administrators are not coordinators and are not told.
 */
import { and, eq, exists, isNotNull, isNull, or, sql, type Column, type Placeholder, type SQL } from 'drizzle-orm';
import { perConnection } from '@/db/prepared';
import { coordinatorPillars, pillars, recommendations, users } from '@/db/schema';
import { type Government } from '@/db/vocabulary';
import type { Tx } from '@/db/types';

export type Recipient = { id: number; name: string; email: string; preferredLocale: 'en' | 'es'; government: Government | null };

const recipientColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  preferredLocale: users.preferredLocale,
  government: users.government,
};

/**
 * The condition "this user (a row of `users` in the query) is an active coordinator of the pillar", for
 * queries that add their own conditions. The pillar is an id, a column of the outer query, or a placeholder of
 * a prepared query.
 */
export function coordinatesPillar(tx: Tx, pillarId: number | Column | Placeholder): SQL {
  return and(
    eq(users.role, 'coordinator'),
    isNull(users.deactivatedAt),
    isNotNull(users.passwordHash),
    or(
      eq(users.allPillars, true),
      exists(
        tx
          .select({ one: sql`1` })
          .from(coordinatorPillars)
          .where(and(eq(coordinatorPillars.userId, users.id), eq(coordinatorPillars.pillarId, pillarId))),
      ),
    ),
  )!;
}

export function coordinatorsOfPillar(tx: Tx, pillarId: number, government?: Government): Recipient[] {
  const where = government ? and(coordinatesPillar(tx, pillarId), eq(users.government, government)) : coordinatesPillar(tx, pillarId);
  return tx.select(recipientColumns).from(users).where(where).all();
}

// Read on every submission (its coordinators' alerts): prepared once per connection (db/prepared.ts).
const alertItemById = perConnection((tx: Tx) =>
  tx
    .select({ ref: recommendations.ref, title: recommendations.title, pillarId: recommendations.pillarId, pillarNumber: pillars.number })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(eq(recommendations.id, sql.placeholder('recommendationId')))
    .prepare(),
);

/** A recommendation as coordinators' alerts name it: reference, original title, pillar. */
export function alertItem(tx: Tx, recommendationId: number) {
  return alertItemById(tx).get({ recommendationId });
}
