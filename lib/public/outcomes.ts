/**
 * "You said, we did": each answered recommendation beside what the governments did, namely the latest
 * public response, the initiatives that take it up and the meeting that reported it, grouped by pillar.
 */
import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, initiatives, meetings, pillars, recommendationInitiatives, recommendations } from '@/db/schema';
import { answeredPage, type PublicItem, type UnknownValue } from './register';
import { cachedUntilPublicChange } from '@/lib/cache';
import type { PairCheck } from '@/lib/translations/paired';
import { withChecks } from '@/lib/translations/text-checks';

export type Outcome = {
  item: PublicItem;
  response: { en: string | null; es: string | null; at: Date; check: PairCheck | null } | null;
  initiatives: { slug: string; titleEn: string; titleEs: string }[];
  implementedMeeting: { slug: string; titleEn: string; titleEs: string; date: string } | null;
};
export type PillarOutcomes = {
  pillar: PublicItem['pillar'];
  outcomes: Outcome[];
  /** How many answered recommendations the pillar has (in the meeting's period, with one). */
  total: number;
  page: number;
  pages: number;
};

/** On the page of all pillars, each shows its newest answered recommendations and links to the rest. */
export const OUTCOMES_PER_PILLAR = 10;
/** One pillar's outcomes are shown this many to a page. */
export const OUTCOMES_PER_PAGE = 50;

export type OutcomesQuery = { pillar?: string; page?: number };

/**
 * "You said, we did", grouped by pillar: every pillar's newest answered recommendations, or with `pillar`
 * one page of that pillar's. Bounded, so that the page renders a few dozen items rather than all of the
 * answered ones (thousands at 100,000 recommendations); each group carries its true total.
 */
export function listOutcomes(meeting?: string, query: OutcomesQuery = {}): PillarOutcomes[] | UnknownValue {
  return cachedUntilPublicChange(`outcomes:${meeting ?? ''}:${query.pillar ?? ''}:${query.page ?? 1}`, () => {
    const chosen = listPillarIds().filter((p) => !query.pillar || p.slug === query.pillar);
    if (query.pillar && chosen.length === 0) return { unknown: 'pillar' as const, value: query.pillar };
    const perPage = query.pillar ? OUTCOMES_PER_PAGE : OUTCOMES_PER_PILLAR;
    const pages: { pillarId: number; items: PublicItem[]; total: number; page: number }[] = [];
    for (const { id } of chosen) {
      let page = Math.max(1, Math.floor(query.page ?? 1));
      let found = answeredPage(meeting, id, perPage, (page - 1) * perPage);
      if ('unknown' in found) return found;
      // A page past the end (an old link) shows the last one.
      const last = Math.max(1, Math.ceil(found.total / perPage));
      if (page > last) {
        page = last;
        found = answeredPage(meeting, id, perPage, (page - 1) * perPage) as Exclude<typeof found, UnknownValue>;
      }
      if (found.total > 0) pages.push({ pillarId: id, items: found.items, total: found.total, page });
    }
    const items = pages.flatMap((p) => p.items);
    const ids = items.map((i) => i.id);
    const db = getDb();
    // Newest first, so the first event seen per recommendation is its latest public response.
    const responses = new Map<number, Outcome['response']>();
    if (ids.length > 0) {
      const events = db
        .select({
          id: historyEvents.recommendationId,
          event: historyEvents.id,
          en: historyEvents.publicResponseEn,
          es: historyEvents.publicResponseEs,
          at: historyEvents.createdAt,
        })
        .from(historyEvents)
        .where(
          and(
            inArray(historyEvents.recommendationId, ids),
            eq(historyEvents.isPublic, true),
            inArray(historyEvents.kind, ['status_changed', 'status_confirmed', 'seeded']),
            or(isNotNull(historyEvents.publicResponseEn), isNotNull(historyEvents.publicResponseEs)),
          ),
        )
        .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
        .all();
      const latest = events.filter((e, i) => events.findIndex((other) => other.id === e.id) === i);
      for (const { id, event: _event, ...response } of withChecks(
        'response',
        latest,
        (e) => e.event,
        (e) => e,
      ))
        responses.set(id, response);
    }
    const links = ids.length
      ? db
          .select({
            id: recommendationInitiatives.recommendationId,
            slug: initiatives.slug,
            titleEn: initiatives.titleEn,
            titleEs: initiatives.titleEs,
          })
          .from(recommendationInitiatives)
          .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
          .where(inArray(recommendationInitiatives.recommendationId, ids))
          .all()
      : [];
    const implementedAt = ids.length
      ? db
          .select({
            id: recommendations.id,
            slug: meetings.slug,
            titleEn: meetings.titleEn,
            titleEs: meetings.titleEs,
            date: meetings.date,
          })
          .from(recommendations)
          .innerJoin(meetings, eq(meetings.id, recommendations.implementedMeetingId))
          .where(inArray(recommendations.id, ids))
          .all()
      : [];
    const meetingsById = new Map(implementedAt.map((m) => [m.id, m]));
    return pages.map(({ items: pillarItems, total, page }): PillarOutcomes => ({
      pillar: pillarItems[0]!.pillar,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / perPage)),
      outcomes: pillarItems.map((item) => {
        const meetingRow = meetingsById.get(item.id);
        return {
          item,
          response: responses.get(item.id) ?? null,
          initiatives: links.filter((l) => l.id === item.id).map(({ id: _id, ...initiative }) => initiative),
          implementedMeeting: meetingRow
            ? { slug: meetingRow.slug, titleEn: meetingRow.titleEn, titleEs: meetingRow.titleEs, date: meetingRow.date }
            : null,
        };
      }),
    }));
  });
}

function listPillarIds(): { id: number; slug: string }[] {
  return getDb().select({ id: pillars.id, slug: pillars.slug }).from(pillars).orderBy(asc(pillars.number)).all();
}
