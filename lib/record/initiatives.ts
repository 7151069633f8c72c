import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  agencies,
  initiativeLeads,
  initiatives,
  initiativeSources,
  meetings,
  pillars,
  progressUpdates,
  recommendationInitiatives,
  recommendations,
  recommendationTranslations,
  sources,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { publiclyVisible } from '@/lib/recommendations/visibility';

export type ProgressEntry = Awaited<ReturnType<typeof listProgress>>[number];

/** An initiative with both governments' leads, its progress timeline (newest first) and the input that informed it. */
export function getInitiative(slug: string, locale: Locale) {
  const db = getDb();
  const row = db
    .select({ initiative: initiatives, pillar: pillars })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .where(eq(initiatives.slug, slug))
    .get();
  if (!row) return null;
  const id = row.initiative.id;
  const leads = db
    .select({ slug: agencies.slug, government: agencies.government, acronym: agencies.acronym, nameEn: agencies.nameEn, nameEs: agencies.nameEs })
    .from(initiativeLeads)
    .innerJoin(agencies, eq(agencies.id, initiativeLeads.agencyId))
    .where(eq(initiativeLeads.initiativeId, id))
    .orderBy(asc(agencies.acronym))
    .all();
  const cited = db
    .select(sourceColumns)
    .from(initiativeSources)
    .innerJoin(sources, eq(sources.id, initiativeSources.sourceId))
    .where(eq(initiativeSources.initiativeId, id))
    .orderBy(asc(sources.date))
    .all();
  return {
    ...row,
    leads: { us: leads.filter((l) => l.government === 'us'), mx: leads.filter((l) => l.government === 'mx') },
    progress: listProgress(eq(progressUpdates.initiativeId, id)),
    sources: cited,
    recommendations: listLinkedRecommendations(id, locale),
  };
}

export const sourceColumns = {
  slug: sources.slug,
  titleEn: sources.titleEn,
  titleEs: sources.titleEs,
  publisher: sources.publisher,
  date: sources.date,
  url: sources.url,
  secondary: sources.secondary,
};

/** Progress updates with the meeting that reported them and the source they cite, newest first. */
export function listProgress(where: ReturnType<typeof eq>) {
  return getDb()
    .select({
      id: progressUpdates.id,
      date: progressUpdates.date,
      kind: progressUpdates.kind,
      textEn: progressUpdates.textEn,
      textEs: progressUpdates.textEs,
      figureValue: progressUpdates.figureValue,
      figureUnitEn: progressUpdates.figureUnitEn,
      figureUnitEs: progressUpdates.figureUnitEs,
      initiativeId: progressUpdates.initiativeId,
      meeting: { slug: meetings.slug, titleEn: meetings.titleEn, titleEs: meetings.titleEs, date: meetings.date },
      source: sourceColumns,
    })
    .from(progressUpdates)
    .leftJoin(meetings, eq(meetings.id, progressUpdates.meetingId))
    .leftJoin(sources, eq(sources.id, progressUpdates.sourceId))
    .where(where)
    .orderBy(desc(progressUpdates.date), asc(progressUpdates.id))
    .all();
}

function listLinkedRecommendations(initiativeId: number, locale: Locale) {
  const db = getDb();
  return db
    .select({
      ref: recommendations.ref,
      title: recommendations.title,
      language: recommendations.language,
      translatedTitle: recommendationTranslations.title,
      status: recommendations.status,
      explanationEn: recommendationInitiatives.explanationEn,
      explanationEs: recommendationInitiatives.explanationEs,
    })
    .from(recommendationInitiatives)
    .innerJoin(recommendations, eq(recommendations.id, recommendationInitiatives.recommendationId))
    .leftJoin(
      recommendationTranslations,
      and(eq(recommendationTranslations.recommendationId, recommendations.id), eq(recommendationTranslations.locale, locale)),
    )
    .where(and(eq(recommendationInitiatives.initiativeId, initiativeId), publiclyVisible()))
    .orderBy(asc(recommendations.ref))
    .all();
}
