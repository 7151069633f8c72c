/** Initiative milestones as the public pages show them: the list, and done-of-total per initiative. */
import 'server-only';
import { asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { milestones, sources } from '@/db/schema';
import { sourceColumns } from './initiatives';

export type MilestoneEntry = ReturnType<typeof listMilestones>[number];

/** By target date (undated last), then in the order they were added. */
export function listMilestones(initiativeId: number) {
  return getDb()
    .select({
      id: milestones.id,
      titleEn: milestones.titleEn,
      titleEs: milestones.titleEs,
      targetDate: milestones.targetDate,
      doneDate: milestones.doneDate,
      source: sourceColumns,
    })
    .from(milestones)
    .leftJoin(sources, eq(sources.id, milestones.sourceId))
    .where(eq(milestones.initiativeId, initiativeId))
    .orderBy(sql`${milestones.targetDate} is null`, asc(milestones.targetDate), asc(milestones.id))
    .all();
}

export type MilestoneTally = { done: number; total: number };

export function milestoneTallies(initiativeIds: number[]): Map<number, MilestoneTally> {
  if (initiativeIds.length === 0) return new Map();
  const rows = getDb()
    .select({
      initiativeId: milestones.initiativeId,
      total: count(),
      done: count(sql`case when ${isNotNull(milestones.doneDate)} then 1 end`),
    })
    .from(milestones)
    .where(inArray(milestones.initiativeId, initiativeIds))
    .groupBy(milestones.initiativeId)
    .all();
  return new Map(rows.map((row) => [row.initiativeId, { done: row.done, total: row.total }]));
}
