/**
 * The public counts, read from the aggregates the database keeps up to date itself (db/schema/counts.ts,
 * filled and maintained by the public counts migration's triggers). Each answer sums at most a few
 * thousand rows, whatever the size of the register, so a page rendered right after a write counts in
 * milliseconds instead of scanning 100,000 recommendations. counts.test.ts checks each against a recount.
 */
import 'server-only';
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, pillars, publicCounts as pc, publicInitiativeLinks, publicSubmissionQuarters as psq, recommendationMilestones as ms, recommendations, type RecommendationStatus } from '@/db/schema';
import { publiclyVisible } from '@/lib/recommendations/visibility';

/** Values to count under; an absent one counts every value. */
export type CountFilter = {
  pillarId?: number;
  status?: RecommendationStatus;
  sector?: string;
  country?: string;
  /** The meeting whose period the submission falls in (0: after the latest meeting). */
  periodMeetingId?: number;
  /** Entered from a government document (true) or submitted through the site (false). */
  fromRecord?: boolean;
};

export type CountDimension = 'pillar' | 'status' | 'sector' | 'country' | 'period';

function where(filter: CountFilter): SQL | undefined {
  return and(
    filter.pillarId === undefined ? undefined : eq(pc.pillarId, filter.pillarId),
    filter.status === undefined ? undefined : eq(pc.status, filter.status),
    filter.sector === undefined ? undefined : eq(pc.sector, filter.sector),
    filter.country === undefined ? undefined : eq(pc.country, filter.country),
    filter.periodMeetingId === undefined ? undefined : eq(pc.periodMeetingId, filter.periodMeetingId),
    filter.fromRecord === undefined ? undefined : eq(pc.fromRecord, filter.fromRecord),
  );
}

const total = sql<number>`coalesce(sum(${pc.n}), 0)`;

/** How many public recommendations match. */
export function countPublic(filter: CountFilter = {}): number {
  return Number(getDb().select({ n: total }).from(pc).where(where(filter)).get()?.n ?? 0);
}

/** How many public recommendations match, for each value of one dimension (pillars by slug, periods by meeting id); only values with some. */
export function countPublicBy(dimension: CountDimension, filter: CountFilter = {}): Record<string, number> {
  const db = getDb();
  const rows =
    dimension === 'pillar'
      ? db.select({ value: pillars.slug, n: total }).from(pc).innerJoin(pillars, eq(pillars.id, pc.pillarId)).where(where(filter)).groupBy(pillars.slug).all()
      : db
          .select({ value: sql<string>`${{ status: pc.status, sector: pc.sector, country: pc.country, period: pc.periodMeetingId }[dimension]}`, n: total })
          .from(pc)
          .where(where(filter))
          .groupBy(sql`1`)
          .all();
  return Object.fromEntries(rows.filter((row) => Number(row.n) > 0).map((row) => [String(row.value), Number(row.n)]));
}

/** Public recommendations by pillar and status: the pillar cards and the status chart. */
export function countPublicByPillarAndStatus(): { pillarId: number; status: RecommendationStatus; n: number }[] {
  return getDb()
    .select({ pillarId: pc.pillarId, status: pc.status, n: total })
    .from(pc)
    .groupBy(pc.pillarId, pc.status)
    .having(sql`sum(${pc.n}) > 0`)
    .all()
    .map((row) => ({ ...row, n: Number(row.n) }));
}

/** Submissions the site and the record hold (public ones), with the samples and those answered in public. */
export function countEngagement(filter: CountFilter) {
  const row = getDb()
    .select({
      submitted: total,
      samples: sql<number>`coalesce(sum(case when ${pc.isSample} then ${pc.n} else 0 end), 0)`,
      responded: sql<number>`coalesce(sum(case when ${pc.responded} then ${pc.n} else 0 end), 0)`,
    })
    .from(pc)
    .where(where(filter))
    .get();
  return { submitted: Number(row?.submitted ?? 0), samples: Number(row?.samples ?? 0), responded: Number(row?.responded ?? 0) };
}

type QuarterCount = { year: number; quarter: number; n: number };
const fromIndex = (index: number, n: number): QuarterCount => ({ year: Math.floor(index / 4), quarter: (index % 4) + 1, n });

/** Public recommendations submitted per quarter, optionally in one pillar. */
export function submittedPerQuarter(pillarId?: number): QuarterCount[] {
  return getDb()
    .select({ index: psq.quarter, n: sql<number>`sum(${psq.n})` })
    .from(psq)
    .where(pillarId === undefined ? undefined : eq(psq.pillarId, pillarId))
    .groupBy(psq.quarter)
    .having(sql`sum(${psq.n}) > 0`)
    .all()
    .map((row) => fromIndex(row.index, Number(row.n)));
}

const quarterIndexOf = (at: SQL) =>
  sql<number>`cast(strftime('%Y', ${at} / 1000, 'unixepoch') as integer) * 4 + (cast(strftime('%m', ${at} / 1000, 'unixepoch') as integer) - 1) / 3`;

/** Public recommendations per quarter in which they first became implemented (their public history), optionally in one pillar. */
export function implementedPerQuarter(pillarId?: number): QuarterCount[] {
  const index = quarterIndexOf(sql`${ms.implementedAt}`);
  return getDb()
    .select({ index, n: sql<number>`count(*)` })
    .from(ms)
    .innerJoin(recommendations, eq(recommendations.id, ms.recommendationId))
    .where(and(isNotNull(ms.implementedAt), publiclyVisible(), pillarId === undefined ? undefined : eq(recommendations.pillarId, pillarId)))
    .groupBy(index)
    .all()
    .map((row) => fromIndex(row.index, Number(row.n)));
}

/** Public recommendations linked to each initiative of a pillar, by initiative id. */
export function publicLinksByInitiative(pillarId: number): Map<number, number> {
  const rows = getDb()
    .select({ id: publicInitiativeLinks.initiativeId, n: publicInitiativeLinks.n })
    .from(publicInitiativeLinks)
    .innerJoin(initiatives, eq(initiatives.id, publicInitiativeLinks.initiativeId))
    .where(eq(initiatives.pillarId, pillarId))
    .all();
  return new Map(rows.filter((row) => row.n > 0).map((row) => [row.id, row.n]));
}
