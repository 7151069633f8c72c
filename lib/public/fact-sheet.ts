/**
 * A meeting's fact sheet, generated from the record (docs/product.md, "Meeting"): what the
 * meeting reported, by pillar and initiative, with its figures; the stakeholder recommendations
 * implemented at it or in progress during its period; and how stakeholders took part in that period.
 * The period is the register's (lib/public/register.ts, `meetingPeriods`): the days after the previous
 * meeting up to and including this one. Recommendations are read only through the public view and
 * their public history, so hidden and confidential items are never listed or counted.
 */
import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { COUNTRIES, historyEvents, pillars, publicRecommendations as pr, recommendationRounds, SECTORS } from '@/db/schema';
import type { ProgressEntry } from '@/lib/record/initiatives';
import { getMeeting, type LeadAgency, type MeetingPillarSection } from '@/lib/record/meetings';
import { countEngagement, countPublicBy, type CountFilter } from './counts';
import { LIST_LIMIT } from './display';
import { meetingPeriods, selectByIds, type MeetingPeriod, type PublicItem } from './register';

export type FactSheet = NonNullable<ReturnType<typeof getFactSheet>>;
export type FactSheetRecommendation = PublicItem & { id: number };
export type Tally = { accomplishments: number; intentions: number };
export type FigureEntry = ProgressEntry & { initiative: MeetingPillarSection['initiatives'][number]['initiative'] };

export function getFactSheet(slug: string) {
  const found = getMeeting(slug);
  if (!found) return null;
  const period = meetingPeriods().find((p) => p.id === found.meeting.id)!;
  // Each item is listed once: implemented there, else in progress during the period, else reported there.
  const implemented = implementedAt(period);
  const inProgress = and(inArray(pr.id, inProgressDuring(period)), isFalse(implemented))!;
  const reported = and(inArray(pr.id, reportedAtMeeting(period.id)), isFalse(implemented), isFalse(inProgress))!;
  return {
    ...found,
    period: { start: period.start ? period.start.toISOString().slice(0, 10) : null, end: found.meeting.date },
    pillarTallies: new Map(found.sections.map((s) => [s.pillar.id, tally(s.initiatives.flatMap((i) => i.progress))])),
    keyFigures: keyFigures(found.sections),
    implemented: listPublic(implemented),
    inProgress: listPublic(inProgress),
    otherReported: listPublic(reported),
    engagement: engagement(period),
  };
}

export function tally(progress: Pick<ProgressEntry, 'kind'>[]): Tally {
  const accomplishments = progress.filter((p) => p.kind === 'accomplishment').length;
  return { accomplishments, intentions: progress.length - accomplishments };
}

/** The headline numbers of what a meeting reported, from its sections alone. */
export function keyFigures(sections: MeetingPillarSection[]) {
  const initiatives = sections.flatMap((s) => s.initiatives);
  const agencies = new Map<string, LeadAgency>();
  for (const { leads } of initiatives) for (const lead of leads) agencies.set(lead.slug, lead);
  const leads = [...agencies.values()];
  return {
    ...tally(initiatives.flatMap((i) => i.progress)),
    pillars: sections.length,
    initiatives: initiatives.length,
    agencies: { us: leads.filter((a) => a.government === 'us').length, mx: leads.filter((a) => a.government === 'mx').length },
    // An intention's figure is a target, not a result, so only accomplishments make the headline; and
    // a secondary source's figure mostly restates the fact sheet's (5,106 vs "over 5,000" students in
    // 2024), so it stays in its initiative's timeline, labelled, rather than counting twice here.
    figures: initiatives.flatMap(({ initiative, progress }) =>
      progress
        .filter((p) => p.kind === 'accomplishment' && p.figureValue !== null && !p.source?.secondary)
        .map((p): FigureEntry => ({ ...p, initiative })),
    ),
  };
}

/** Null-safe negation: `implemented_meeting_id = ?` is null, not false, for an item without one. */
const isFalse = (condition: SQL) => sql`coalesce(${condition}, 0) = 0`;

/** A list of a fact sheet: its first LIST_LIMIT items (by pillar, then reference) and how many there are. */
export type FactSheetList = { items: FactSheetRecommendation[]; total: number };

function listPublic(where: SQL): FactSheetList {
  const db = getDb();
  // Sorted as ids first: a list may hold thousands, and sorting whole rows (texts included) is what cost.
  const ids = db
    .select({ id: pr.id })
    .from(pr)
    .innerJoin(pillars, eq(pillars.id, pr.pillarId))
    .where(where)
    .orderBy(asc(pillars.number), asc(pr.ref))
    .limit(LIST_LIMIT)
    .all()
    .map((row) => row.id);
  const items = selectByIds(ids) as FactSheetRecommendation[];
  const total = items.length < LIST_LIMIT ? items.length : db.select({ n: count() }).from(pr).where(where).get()!.n;
  return { items, total };
}

function reportedAtMeeting(meetingId: number) {
  return getDb()
    .select({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(and(eq(recommendationRounds.meetingId, meetingId), eq(recommendationRounds.role, 'reported')));
}

/**
 * Implemented at this meeting, or implemented and reported at it without naming another meeting.
 * A pending "implemented" (awaiting the other government) sets the meeting but not the status, so it
 * is not counted until confirmed.
 */
function implementedAt(period: MeetingPeriod): SQL {
  return and(
    eq(pr.status, 'implemented'),
    or(eq(pr.implementedMeetingId, period.id), and(isNull(pr.implementedMeetingId), inArray(pr.id, reportedAtMeeting(period.id)))),
  )!;
}

/**
 * In progress at some moment of the period, read from the public status history: a stretch "in
 * progress" runs from the event that set it to the next status event, and counts if it overlaps.
 */
function inProgressDuring(period: MeetingPeriod): number[] {
  const everInProgress = getDb()
    .select({ id: historyEvents.recommendationId })
    .from(historyEvents)
    .where(and(eq(historyEvents.isPublic, true), eq(historyEvents.toStatus, 'in_progress'), lt(historyEvents.createdAt, period.end)));
  const stretches = getDb()
    .select({
      id: historyEvents.recommendationId,
      to: historyEvents.toStatus,
      at: historyEvents.createdAt,
      until: sql<
        number | null
      >`lead(${historyEvents.createdAt}) over (partition by ${historyEvents.recommendationId} order by ${historyEvents.createdAt}, ${historyEvents.id})`.as(
        'until',
      ),
    })
    .from(historyEvents)
    .where(
      and(eq(historyEvents.isPublic, true), isNotNull(historyEvents.toStatus), inArray(historyEvents.recommendationId, everInProgress)),
    )
    .as('stretches');
  const overlapping = getDb()
    .select({ id: stretches.id })
    .from(stretches)
    .where(
      and(
        eq(stretches.to, 'in_progress'),
        lt(stretches.at, period.end),
        period.start ? or(isNull(stretches.until), sql`${stretches.until} > ${period.start.getTime()}`) : undefined,
      ),
    );
  // Read once (a few hundred ids), rather than again inside each list's conditions.
  return [...new Set(overlapping.all().map((row) => row.id))];
}

type Sector = (typeof SECTORS)[number];
type Country = (typeof COUNTRIES)[number];

/**
 * Stakeholder engagement in the period. Submissions through the tracker are told apart from the
 * recommendations entered from the governments' documents (they cite a source): those documents
 * give no submission date, sector or country, so counting them as "received" would invent facts.
 */
function engagement(period: MeetingPeriod) {
  // Counted from the aggregates the database keeps (lib/public/counts.ts): submissions in the period,
  // without the record's own items.
  const submitted: CountFilter = { periodMeetingId: period.id, fromRecord: false };
  const totals = countEngagement(submitted);
  const bySector = countPublicBy('sector', submitted);
  const byCountry = countPublicBy('country', submitted);
  const reported = getDb()
    .select({ n: count() })
    .from(pr)
    .where(and(isNotNull(pr.sourceId), inArray(pr.id, reportedAtMeeting(period.id))))
    .get()!.n;
  return {
    ...totals,
    bySector: SECTORS.map((sector) => ({ sector, n: bySector[sector] ?? 0 })).filter((r) => r.n > 0) as { sector: Sector; n: number }[],
    byCountry: COUNTRIES.map((country) => ({ country, n: byCountry[country] ?? 0 })).filter((r) => r.n > 0) as {
      country: Country;
      n: number;
    }[],
    reportedFromDocuments: reported,
  };
}
