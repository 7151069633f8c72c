/**
 * One recommendation as the public sees it: its public text, the status timeline with each public
 * response, the initiatives it is linked to with their progress, each government's position, and the
 * meetings that raised or reported it. Only the public view and public history events are read.
 */
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  governmentPositions,
  historyEvents,
  initiatives,
  meetings,
  pillars,
  progressUpdates,
  publicRecommendations as pr,
  recommendationInitiatives,
  recommendations,
  recommendationRounds,
  sources,
} from '@/db/schema';
import { listProgress, sourceColumns } from '@/lib/record/initiatives';
import { checkOf, explanationKey, withChecks } from '@/lib/translations/text-checks';
import { publicItemColumns, type PublicItem } from './register';

const meetingColumns = { slug: meetings.slug, titleEn: meetings.titleEn, titleEs: meetings.titleEs, date: meetings.date };
const initiativeColumns = { slug: initiatives.slug, titleEn: initiatives.titleEn, titleEs: initiatives.titleEs };

/**
 * The parts of an event's details that are public; anything else stays in the coordinators' history.
 * `markedBy` and `confirmedBy` name the governments of a bilateral confirmation.
 */
// `redactedField`, `redactionReason`, `redactionReasonText`: which text a redaction covers and why (never the
// words withheld); named apart from other events' `reason`, which is private (a withdrawal's).
export const PUBLIC_DETAIL_KEYS = [
  'initiative',
  'into',
  'government',
  'position',
  'markedBy',
  'confirmedBy',
  'redactedField',
  'redactionReason',
  'redactionReasonText',
] as const;
export type PublicDetails = Partial<Record<(typeof PUBLIC_DETAIL_KEYS)[number], string>>;

export function publicDetails(details: Record<string, unknown> | null): PublicDetails {
  const kept: PublicDetails = {};
  for (const key of PUBLIC_DETAIL_KEYS) {
    const value = details?.[key];
    if (typeof value === 'string') kept[key] = value;
  }
  return kept;
}

/**
 * A merge names its original only when the original is public itself: the reference of a hidden or
 * confidential recommendation would confirm that it exists and tie the two together. Such a merge reads
 * as "merged", without the reference, wherever public history is shown (page, API, decisions, feed).
 */
export function withPublicReferencesOnly<E extends { details: PublicDetails }>(events: E[]): E[] {
  const refs = [...new Set(events.flatMap((e) => (e.details.into ? [e.details.into] : [])))];
  if (refs.length === 0) return events;
  const published = new Set(
    getDb()
      .select({ ref: pr.ref })
      .from(pr)
      .where(inArray(pr.ref, refs))
      .all()
      .map((r) => r.ref),
  );
  return events.map((event) => {
    if (!event.details.into || published.has(event.details.into)) return event;
    const { into: _unpublished, ...details } = event.details;
    return { ...event, details };
  });
}

/** The public events of one recommendation, oldest first, with the initiatives they name. */
function publicTimeline(recommendationId: number) {
  const rows = getDb()
    .select({
      id: historyEvents.id,
      kind: historyEvents.kind,
      fromStatus: historyEvents.fromStatus,
      toStatus: historyEvents.toStatus,
      responseEn: historyEvents.publicResponseEn,
      responseEs: historyEvents.publicResponseEs,
      details: historyEvents.details,
      at: historyEvents.createdAt,
    })
    .from(historyEvents)
    .where(and(eq(historyEvents.recommendationId, recommendationId), eq(historyEvents.isPublic, true)))
    .orderBy(asc(historyEvents.createdAt), asc(historyEvents.id))
    .all()
    .map(({ details, ...event }) => ({ ...event, details: publicDetails(details) }));
  const events = withChecks(
    'response',
    withPublicReferencesOnly(rows),
    (event) => event.id,
    (event) => ({ en: event.responseEn, es: event.responseEs }),
  );
  const slugs = [...new Set(events.flatMap((e) => (e.details.initiative ? [e.details.initiative] : [])))];
  const titles = slugs.length ? getDb().select(initiativeColumns).from(initiatives).where(inArray(initiatives.slug, slugs)).all() : [];
  return events.map((event) => ({ ...event, initiative: titles.find((i) => i.slug === event.details.initiative) ?? null }));
}

export type PublicRecommendation = NonNullable<ReturnType<typeof getPublicRecommendation>>;

export function getPublicRecommendation(ref: string) {
  const db = getDb();
  const item = db.select(publicItemColumns).from(pr).innerJoin(pillars, eq(pillars.id, pr.pillarId)).where(eq(pr.ref, ref)).get() as
    (PublicItem & { id: number }) | undefined;
  if (!item) return null;
  const extra = db
    .select({
      mergedIntoId: pr.mergedIntoId,
      implementedMeetingId: pr.implementedMeetingId,
      coveredByInitiativeId: pr.coveredByInitiativeId,
      sourceId: pr.sourceId,
      notAdoptedReason: pr.notAdoptedReason,
    })
    .from(pr)
    .where(eq(pr.id, item.id))
    .get()!;
  // An original that is itself hidden or confidential is not in the view, so it is not named.
  const mergedInto = extra.mergedIntoId
    ? (db.select({ ref: pr.ref }).from(pr).where(eq(pr.id, extra.mergedIntoId)).get()?.ref ?? null)
    : null;
  const links = withChecks(
    'explanation',
    db
      .select({
        initiative: { id: initiatives.id, ...initiativeColumns },
        explanationEn: recommendationInitiatives.explanationEn,
        explanationEs: recommendationInitiatives.explanationEs,
      })
      .from(recommendationInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
      .where(eq(recommendationInitiatives.recommendationId, item.id))
      .orderBy(asc(initiatives.titleEn))
      .all(),
    (link) => explanationKey(item.id, link.initiative.id),
    (link) => ({ en: link.explanationEn, es: link.explanationEs }),
  ).map(({ initiative: { id, ...initiative }, ...link }) => ({
    ...link,
    initiative,
    progress: listProgress(eq(progressUpdates.initiativeId, id)),
  }));
  const timeline = publicTimeline(item.id);
  return {
    ...item,
    notAdoptedReason: extra.notAdoptedReason,
    mergedInto,
    duplicates: db
      .select({ ref: pr.ref })
      .from(pr)
      .where(eq(pr.mergedIntoId, item.id))
      .orderBy(asc(pr.ref))
      .all()
      .map((r) => r.ref),
    implementedMeeting: extra.implementedMeetingId
      ? (db.select(meetingColumns).from(meetings).where(eq(meetings.id, extra.implementedMeetingId)).get() ?? null)
      : null,
    coveredBy: extra.coveredByInitiativeId
      ? (db.select(initiativeColumns).from(initiatives).where(eq(initiatives.id, extra.coveredByInitiativeId)).get() ?? null)
      : null,
    source: extra.sourceId ? (db.select(sourceColumns).from(sources).where(eq(sources.id, extra.sourceId)).get() ?? null) : null,
    rounds: db
      .select({ role: recommendationRounds.role, meeting: meetingColumns })
      .from(recommendationRounds)
      .innerJoin(meetings, eq(meetings.id, recommendationRounds.meetingId))
      .where(eq(recommendationRounds.recommendationId, item.id))
      .orderBy(asc(meetings.date))
      .all(),
    positions: db
      .select({
        government: governmentPositions.government,
        position: governmentPositions.position,
        noteEn: governmentPositions.noteEn,
        noteEs: governmentPositions.noteEs,
        updatedAt: governmentPositions.updatedAt,
      })
      .from(governmentPositions)
      .where(eq(governmentPositions.recommendationId, item.id))
      .orderBy(desc(governmentPositions.government))
      .all(),
    links,
    summaryCheck: item.textKind === 'summary' ? summaryCheck(item.id) : null,
    timeline,
    confirmation: bilateralConfirmation(timeline),
  };
}

/**
 * A check of a summary-only item's summary that still holds. It was made on the summary the coordinators
 * wrote, so that is what it is compared with (read for the comparison only; the page shows the public copy).
 */
function summaryCheck(id: number) {
  const written = getDb()
    .select({ en: recommendations.publicSummaryEn, es: recommendations.publicSummaryEs })
    .from(recommendations)
    .where(eq(recommendations.id, id))
    .get();
  return written ? checkOf('public_summary', id, written) : null;
}

type Government = 'us' | 'mx';
const isGovernment = (value: string | undefined): value is Government => value === 'us' || value === 'mx';

/**
 * The latest status both governments confirmed, with who marked it and who confirmed it: a bilateral
 * confirmation is each government's stated position on the outcome. Events recorded before the
 * governments were named in them give null for both: both confirmed, in an order not recorded.
 */
export function bilateralConfirmation(timeline: ReturnType<typeof publicTimeline>) {
  const event = timeline.findLast((e) => e.kind === 'status_confirmed' && e.toStatus !== null);
  if (!event) return null;
  const { markedBy, confirmedBy } = event.details;
  return {
    status: event.toStatus!,
    markedBy: isGovernment(markedBy) ? markedBy : null,
    confirmedBy: isGovernment(confirmedBy) ? confirmedBy : null,
    at: event.at,
  };
}
