/**
 * The numbers behind the public charts (home and pillar pages). Recommendations are counted from the
 * aggregates the database keeps of public ones and their public history (lib/public/counts.ts), so a
 * hidden or confidential item is never counted. How each series is defined is documented in docs/fact-sheets.md.
 */
import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, meetings, pillars, progressUpdates } from '@/db/schema';
import { PUBLIC_STATUSES, type PublicStatus } from './register-filters';
import { cachedUntilPublicChange } from '@/lib/cache';
import { implementedPerQuarter, submittedPerQuarter } from './counts';
import { listPillars } from '@/lib/record/pillars';

export type StatusCounts = Record<PublicStatus, number>;
export type PillarRef = Pick<typeof pillars.$inferSelect, 'id' | 'slug' | 'number' | 'titleEn' | 'titleEs'>;

const emptyCounts = (): StatusCounts => Object.fromEntries(PUBLIC_STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * Public recommendations per status, for each pillar (all four, in order, even with none): the counts
 * the pillar cards already hold (listPillars), with every public status present.
 */
export function statusByPillar(): { pillar: PillarRef; counts: StatusCounts }[] {
  return listPillars().map(({ id, slug, number, titleEn, titleEs, recommendationsByStatus }) => {
    const counts = emptyCounts();
    for (const status of PUBLIC_STATUSES) counts[status] = recommendationsByStatus[status] ?? 0;
    return { pillar: { id, slug, number, titleEn, titleEs }, counts };
  });
}

// ---------------------------------------------------------------------------------------------------
// Submissions and implementations over time

export type TimeUnit = 'quarter' | 'year';
/** A period of the time axis: `quarter` is 1-4, or null when the axis counts whole years. */
export type Bucket = { year: number; quarter: number | null };
export type ActivityBucket = Bucket & { submitted: number; implemented: number };
type QuarterCount = { year: number; quarter: number; n: number };

/** More quarters than this and the axis counts years: bars stay readable on a phone. */
export const MAX_QUARTERS = 16;

const quarterIndex = (b: { year: number; quarter: number }) => b.year * 4 + (b.quarter - 1);
export const quarterOf = (date: Date) => ({ year: date.getUTCFullYear(), quarter: Math.floor(date.getUTCMonth() / 3) + 1 });

/**
 * Every period from the first with data to the one holding `now`, with zeros where nothing
 * happened (an empty quarter is a fact worth showing), by quarter or, for a long record, by year.
 */
export function activityBuckets(
  submitted: QuarterCount[],
  implemented: QuarterCount[],
  now: Date,
): { unit: TimeUnit; buckets: ActivityBucket[] } {
  const all = [...submitted, ...implemented].filter((c) => c.n > 0);
  if (all.length === 0) return { unit: 'quarter', buckets: [] };
  const first = Math.min(...all.map(quarterIndex));
  const last = Math.max(quarterIndex(quarterOf(now)), ...all.map(quarterIndex));
  const unit: TimeUnit = last - first + 1 > MAX_QUARTERS ? 'year' : 'quarter';
  const keyOf = (index: number) => (unit === 'year' ? Math.floor(index / 4) * 4 : index);
  const buckets = new Map<number, ActivityBucket>();
  for (let index = keyOf(first); index <= last; index += unit === 'year' ? 4 : 1) {
    buckets.set(index, { year: Math.floor(index / 4), quarter: unit === 'year' ? null : (index % 4) + 1, submitted: 0, implemented: 0 });
  }
  for (const c of submitted) buckets.get(keyOf(quarterIndex(c)))!.submitted += c.n;
  for (const c of implemented) buckets.get(keyOf(quarterIndex(c)))!.implemented += c.n;
  return { unit, buckets: [...buckets.values()] };
}

/**
 * Per quarter: public recommendations submitted (their submission date), and recommendations that
 * became implemented (the date of the public history event that moved them there, once each; for the
 * seeded record that is the date of the fact sheet that reported them). Optionally for one pillar.
 */
export function activityOverTime(options: { pillarId?: number; now?: Date } = {}) {
  const { submitted, implemented } = cachedUntilPublicChange(`chart:activity:${options.pillarId ?? ''}`, () =>
    activityCounts(options.pillarId),
  );
  return activityBuckets(submitted, implemented, options.now ?? new Date());
}

/** From the aggregates the database keeps (lib/public/counts.ts): a few hundred rows, not the whole register. */
function activityCounts(pillarId: number | undefined) {
  return { submitted: submittedPerQuarter(pillarId), implemented: implementedPerQuarter(pillarId) };
}

// ---------------------------------------------------------------------------------------------------
// Progress reported at each meeting

export type MeetingProgress = {
  meeting: Pick<typeof meetings.$inferSelect, 'slug' | 'date' | 'titleEn' | 'titleEs'>;
  accomplishments: number;
  intentions: number;
};

/** For every meeting, oldest first: the progress updates it reported for one pillar's initiatives. */
export function progressByMeeting(pillarId: number): MeetingProgress[] {
  const db = getDb();
  const rows = db
    .select({ meetingId: progressUpdates.meetingId, kind: progressUpdates.kind, n: count() })
    .from(progressUpdates)
    .innerJoin(initiatives, eq(initiatives.id, progressUpdates.initiativeId))
    .where(eq(initiatives.pillarId, pillarId))
    .groupBy(progressUpdates.meetingId, progressUpdates.kind)
    .all();
  return db
    .select({ id: meetings.id, slug: meetings.slug, date: meetings.date, titleEn: meetings.titleEn, titleEs: meetings.titleEs })
    .from(meetings)
    .orderBy(asc(meetings.date))
    .all()
    .map(({ id, ...meeting }) => ({
      meeting,
      accomplishments: rows.find((r) => r.meetingId === id && r.kind === 'accomplishment')?.n ?? 0,
      intentions: rows.find((r) => r.meetingId === id && r.kind === 'intention')?.n ?? 0,
    }));
}
