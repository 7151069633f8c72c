/**
 * "You said, we did": each answered recommendation beside what the governments did, namely the latest
 * public response, the initiatives that take it up and the meeting that reported it, grouped by pillar.
 */
import 'server-only';
import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, initiatives, meetings, recommendationInitiatives, recommendations } from '@/db/schema';
import { answeredItems, type PublicItem, type UnknownValue } from './register';
import { cachedUntilPublicChange } from '@/lib/cache';

export type Outcome = {
  item: PublicItem;
  response: { en: string | null; es: string | null; at: Date } | null;
  initiatives: { slug: string; titleEn: string; titleEs: string }[];
  implementedMeeting: { slug: string; titleEn: string; titleEs: string; date: string } | null;
};
export type PillarOutcomes = { pillar: PublicItem['pillar']; outcomes: Outcome[] };

export function listOutcomes(meeting?: string): PillarOutcomes[] | UnknownValue {
  return cachedUntilPublicChange(`outcomes:${meeting ?? ''}`, () => {
    const items = answeredItems(meeting);
    if ('unknown' in items) return items;
    const ids = items.map((i) => i.id);
    const db = getDb();
    // Newest first, so the first event seen per recommendation is its latest public response.
    const responses = new Map<number, Outcome['response']>();
    if (ids.length > 0) {
      const events = db
        .select({
          id: historyEvents.recommendationId,
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
      for (const { id, ...response } of events) if (!responses.has(id)) responses.set(id, response);
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
    const groups: PillarOutcomes[] = [];
    for (const item of items) {
      let group = groups.find((g) => g.pillar.slug === item.pillar.slug);
      if (!group) groups.push((group = { pillar: item.pillar, outcomes: [] }));
      const meetingRow = implementedAt.find((m) => m.id === item.id);
      group.outcomes.push({
        item,
        response: responses.get(item.id) ?? null,
        initiatives: links.filter((l) => l.id === item.id).map(({ id: _id, ...initiative }) => initiative),
        implementedMeeting: meetingRow
          ? { slug: meetingRow.slug, titleEn: meetingRow.titleEn, titleEs: meetingRow.titleEs, date: meetingRow.date }
          : null,
      });
    }
    return groups;
  });
}
