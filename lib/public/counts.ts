/**
 * The public counts, read from the aggregates the database keeps up to date itself (db/schema/counts.ts,
 * filled and maintained by the public counts migration's triggers). Each answer sums at most a few
 * thousand rows, whatever the size of the register, so a page rendered right after a write counts in
 * milliseconds instead of scanning 100,000 recommendations. counts.test.ts checks each against a recount.
 */
import 'server-only';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  initiatives,
  pillars,
  publicCounts as pc,
  publicInitiativeLinks,
  publicImplementedQuarters as piq,
  publicSubmissionQuarters as psq,
  type RecommendationStatus,
} from '@/db/schema';

/** Values to count under; an absent one counts every value. */
export type CountFilter = {
  pillarId?: number;
  status?: RecommendationStatus;
  sector?: string;
  country?: string;
  /** The meeting whose period the submission falls in (0: after the latest meeting). */
  periodMeetingId?: number;
  /** Submitted in the meeting's period or implemented at it. */
  meetingId?: number;
  /** Entered from a government document (true) or submitted through the site (false). */
  fromRecord?: boolean;
};

export type CountDimension = 'pillar' | 'status' | 'sector' | 'country';

function where(filter: CountFilter): SQL | undefined {
  return and(
    filter.pillarId === undefined ? undefined : eq(pc.pillarId, filter.pillarId),
    filter.status === undefined ? undefined : eq(pc.status, filter.status),
    filter.sector === undefined ? undefined : eq(pc.sector, filter.sector),
    filter.country === undefined ? undefined : eq(pc.country, filter.country),
    filter.periodMeetingId === undefined ? undefined : eq(pc.periodMeetingId, filter.periodMeetingId),
    filter.meetingId === undefined
      ? undefined
      : or(eq(pc.periodMeetingId, filter.meetingId), eq(pc.implementedMeetingId, filter.meetingId)),
    filter.fromRecord === undefined ? undefined : eq(pc.fromRecord, filter.fromRecord),
  );
}

const total = sql<number>`coalesce(sum(${pc.n}), 0)`;

/** How many public recommendations match. */
export function countPublic(filter: CountFilter = {}): number {
  return Number(getDb().select({ n: total }).from(pc).where(where(filter)).get()?.n ?? 0);
}

/** How many public recommendations match, for each value of one dimension (pillars by slug); only values with some. */
export function countPublicBy(dimension: CountDimension, filter: CountFilter = {}): Record<string, number> {
  const db = getDb();
  const rows =
    dimension === 'pillar'
      ? db
          .select({ value: pillars.slug, n: total })
          .from(pc)
          .innerJoin(pillars, eq(pillars.id, pc.pillarId))
          .where(where(filter))
          .groupBy(pillars.slug)
          .all()
      : db
          .select({ value: sql<string>`${{ status: pc.status, sector: pc.sector, country: pc.country }[dimension]}`, n: total })
          .from(pc)
          .where(where(filter))
          .groupBy(sql`1`)
          .all();
  return Object.fromEntries(rows.filter((row) => Number(row.n) > 0).map((row) => [String(row.value), Number(row.n)]));
}

/** For each meeting: how many match and were submitted in its period or implemented at it. */
export function countPublicByMeeting(meetingIds: number[], filter: CountFilter = {}): Map<number, number> {
  if (meetingIds.length === 0) return new Map();
  const row = getDb()
    .select(
      Object.fromEntries(
        meetingIds.map((id) => [
          `m${id}`,
          sql<number>`coalesce(sum(case when ${pc.periodMeetingId} = ${id} or ${pc.implementedMeetingId} = ${id} then ${pc.n} else 0 end), 0)`,
        ]),
      ),
    )
    .from(pc)
    .where(where(filter))
    .get() as Record<string, number> | undefined;
  return new Map(meetingIds.map((id) => [id, Number(row?.[`m${id}`] ?? 0)]));
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
  return perQuarter(psq, pillarId);
}

function perQuarter(table: typeof psq | typeof piq, pillarId: number | undefined): QuarterCount[] {
  return getDb()
    .select({ index: table.quarter, n: sql<number>`sum(${table.n})` })
    .from(table)
    .where(pillarId === undefined ? undefined : eq(table.pillarId, pillarId))
    .groupBy(table.quarter)
    .having(sql`sum(${table.n}) > 0`)
    .all()
    .map((row) => fromIndex(row.index, Number(row.n)));
}

/** Public recommendations per quarter in which they first became implemented (their public history), optionally in one pillar. */
export function implementedPerQuarter(pillarId?: number): QuarterCount[] {
  return perQuarter(piq, pillarId);
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
