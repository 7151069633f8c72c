/**
 * A coordinator's pillar scope as the database keeps it: `users.allPillars`, or rows of
 * `coordinator_pillars`. Forms name pillars by slug; these turn slugs into rows and back.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { coordinatorPillars, pillars } from '@/db/schema';
import type { Tx } from '@/db/types';
import { Refusal } from '@/lib/refusal';

/** The pillars' ids, in the order given; a slug that names no pillar is refused. */
export function pillarIdsForSlugs(tx: Tx, slugs: string[]): number[] {
  if (slugs.length === 0) return [];
  const rows = tx.select({ id: pillars.id, slug: pillars.slug }).from(pillars).where(inArray(pillars.slug, slugs)).all();
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return slugs.map((slug) => {
    const id = bySlug.get(slug);
    if (id === undefined) throw new Refusal('unknownPillar');
    return id;
  });
}

/** The slugs of the pillars a user is limited to, in pillar order. */
export function scopedPillarSlugs(tx: Tx, userId: number): string[] {
  return tx
    .select({ slug: pillars.slug })
    .from(coordinatorPillars)
    .innerJoin(pillars, eq(pillars.id, coordinatorPillars.pillarId))
    .where(eq(coordinatorPillars.userId, userId))
    .orderBy(asc(pillars.number))
    .all()
    .map((row) => row.slug);
}

/** Replaces the user's pillar rows with these; none when they act on all pillars or are no coordinator. */
export function replaceScopedPillars(tx: Tx, userId: number, pillarIds: number[]) {
  tx.delete(coordinatorPillars).where(eq(coordinatorPillars.userId, userId)).run();
  for (const pillarId of pillarIds) tx.insert(coordinatorPillars).values({ userId, pillarId }).run();
}
