import 'server-only';
import { and, asc, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  initiatives,
  meetings,
  meetingSources,
  pillars,
  progressUpdates,
  recommendationRounds,
  recommendations,
  recommendationTranslations,
  sources,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { publiclyVisible } from '@/lib/recommendations/visibility';
import { listProgress, sourceColumns, type ProgressEntry } from './initiatives';

export function listMeetings() {
  return getDb().select().from(meetings).orderBy(desc(meetings.date)).all();
}

export function latestMeeting() {
  return getDb().select().from(meetings).orderBy(desc(meetings.date)).limit(1).get() ?? null;
}

type InitiativeRef = Pick<typeof initiatives.$inferSelect, 'id' | 'slug' | 'titleEn' | 'titleEs'>;
export type MeetingPillarSection = {
  pillar: typeof pillars.$inferSelect;
  initiatives: { initiative: InitiativeRef; progress: ProgressEntry[] }[];
};

/**
 * What a meeting reported: its progress updates grouped by pillar and initiative, the recommendations
 * reported or implemented at it, and the period it covers (since the previous meeting).
 */
export function getMeeting(slug: string, locale: Locale) {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting) return null;
  const previous =
    db.select().from(meetings).where(lt(meetings.date, meeting.date)).orderBy(desc(meetings.date)).limit(1).get() ?? null;
  const cited = db
    .select(sourceColumns)
    .from(meetingSources)
    .innerJoin(sources, eq(sources.id, meetingSources.sourceId))
    .where(eq(meetingSources.meetingId, meeting.id))
    .orderBy(asc(sources.date))
    .all();
  return {
    meeting,
    previous,
    sources: cited,
    sections: groupByPillar(listProgress(eq(progressUpdates.meetingId, meeting.id))),
    recommendations: listReportedRecommendations(meeting.id, locale),
  };
}

function groupByPillar(progress: ProgressEntry[]): MeetingPillarSection[] {
  const db = getDb();
  const initiativeIds = new Set(progress.map((p) => p.initiativeId));
  const all = db
    .select({ initiative: { id: initiatives.id, slug: initiatives.slug, titleEn: initiatives.titleEn, titleEs: initiatives.titleEs }, pillar: pillars })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .orderBy(asc(pillars.number), asc(initiatives.titleEn))
    .all()
    .filter((row) => initiativeIds.has(row.initiative.id));
  const sections: MeetingPillarSection[] = [];
  for (const { initiative, pillar } of all) {
    let section = sections.find((s) => s.pillar.id === pillar.id);
    if (!section) {
      section = { pillar, initiatives: [] };
      sections.push(section);
    }
    section.initiatives.push({ initiative, progress: progress.filter((p) => p.initiativeId === initiative.id) });
  }
  return sections;
}

function listReportedRecommendations(meetingId: number, locale: Locale) {
  const db = getDb();
  const reportedHere = db
    .select({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(and(eq(recommendationRounds.meetingId, meetingId), eq(recommendationRounds.role, 'reported')));
  return db
    .select({
      ref: recommendations.ref,
      title: recommendations.title,
      language: recommendations.language,
      translatedTitle: recommendationTranslations.title,
      status: recommendations.status,
      pillarNumber: pillars.number,
    })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .leftJoin(
      recommendationTranslations,
      and(eq(recommendationTranslations.recommendationId, recommendations.id), eq(recommendationTranslations.locale, locale)),
    )
    .where(
      and(
        publiclyVisible(),
        or(eq(recommendations.implementedMeetingId, meetingId), inArray(recommendations.id, reportedHere)),
      ),
    )
    .orderBy(asc(pillars.number), asc(recommendations.ref))
    .all();
}
