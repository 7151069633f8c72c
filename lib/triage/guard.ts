/**
 * The first step of every triage use case: find the recommendation, check the caller may act on its
 * pillar and that nobody changed it since the caller's form was opened. Out of scope reads as not
 * found, so a scoped coordinator learns nothing about other pillars' items.
 */
import { eq, sql } from 'drizzle-orm';
import { recommendations } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';

export type TriageRecommendation = typeof recommendations.$inferSelect;

export function loadForTriage(tx: Tx, user: CurrentUser, ref: string, version?: number): TriageRecommendation {
  const row = tx.select().from(recommendations).where(eq(recommendations.ref, ref)).get();
  if (!row) throw new Refusal('notFound');
  if (!mayActOnPillar(user, row.pillarId)) {
    logEvent('authz.refused', { userId: user.id, ref, reason: 'outside_pillar_scope' });
    throw new Refusal('notFound');
  }
  if (version !== undefined && row.version !== version) throw new Refusal('conflict');
  return row;
}

/** Every change moves the version on, so a second editor working from the old version gets a conflict. */
export function touch(tx: Tx, id: number, changes: Partial<typeof recommendations.$inferInsert> = {}) {
  tx.update(recommendations)
    .set({ ...changes, version: sql`${recommendations.version} + 1`, updatedAt: new Date() })
    .where(eq(recommendations.id, id))
    .run();
}

/** The version a recommendation has now, returned by every action so the page's next action starts from it. */
export function currentVersion(tx: Tx, ref: string): number | undefined {
  return tx.select({ version: recommendations.version }).from(recommendations).where(eq(recommendations.ref, ref)).get()?.version;
}
