/**
 * Recommendations that come from the governments' own documents rather than from this site: the seeded
 * record names no submitter, sector or country, so lists say instead who reported them and where.
 */
import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { meetings, publicRecommendations as pr, recommendationRounds } from '@/db/schema';
import { cachedUntilPublicChange } from '@/lib/cache';

export type ReportingMeeting = { slug: string; titleEn: string; titleEs: string; date: string };

/** The meeting whose document reported each record item, by recommendation id (a handful of items, cached). */
export function reportingMeetings(): Map<number, ReportingMeeting> {
  return cachedUntilPublicChange('record-items:reporting-meetings', () => {
    const rows = getDb()
      .select({ id: pr.id, slug: meetings.slug, titleEn: meetings.titleEn, titleEs: meetings.titleEs, date: meetings.date })
      .from(pr)
      .innerJoin(recommendationRounds, and(eq(recommendationRounds.recommendationId, pr.id), eq(recommendationRounds.role, 'reported')))
      .innerJoin(meetings, eq(meetings.id, recommendationRounds.meetingId))
      .where(isNotNull(pr.sourceId))
      .all();
    return new Map(rows.map(({ id, ...meeting }) => [id, meeting]));
  });
}
