import 'server-only';
import { asc, count, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { LIST_LIMIT } from '@/lib/public/display';
import { checkOf, explanationKey, withChecks } from '@/lib/translations/text-checks';
import {
  agencies,
  initiativeLeads,
  initiatives,
  initiativeSources,
  meetings,
  pillars,
  progressUpdates,
  recommendationInitiatives,
  publicRecommendations,
  sources,
} from '@/db/schema';

export type ProgressEntry = Awaited<ReturnType<typeof listProgress>>[number];

/** An initiative with both governments' leads, its progress timeline (newest first) and the input that informed it. */
export function getInitiative(slug: string) {
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
    .select({
      slug: agencies.slug,
      government: agencies.government,
      acronym: agencies.acronym,
      nameEn: agencies.nameEn,
      nameEs: agencies.nameEs,
    })
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
  const { initiative } = row;
  return {
    ...row,
    descriptionCheck: checkOf('initiative_description', id, { en: initiative.descriptionEn, es: initiative.descriptionEs }),
    leads: { us: leads.filter((l) => l.government === 'us'), mx: leads.filter((l) => l.government === 'mx') },
    progress: listProgress(eq(progressUpdates.initiativeId, id)),
    sources: cited,
    recommendations: listLinkedRecommendations(id),
    recommendationCount: countLinkedRecommendations(id),
  };
}

export const sourceColumns = {
  id: sources.id,
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
  const rows = getDb()
    .select({
      id: progressUpdates.id,
      date: progressUpdates.date,
      kind: progressUpdates.kind,
      textEn: progressUpdates.textEn,
      textEs: progressUpdates.textEs,
      figureValue: progressUpdates.figureValue,
      figureUnitEn: progressUpdates.figureUnitEn,
      figureUnitEs: progressUpdates.figureUnitEs,
      figureQualifier: progressUpdates.figureQualifier,
      initiativeId: progressUpdates.initiativeId,
      recordedBy: progressUpdates.recordedBy,
      recordedAt: progressUpdates.createdAt,
      sourceTitle: progressUpdates.sourceTitle,
      sourceDate: progressUpdates.sourceDate,
      sourceUrl: progressUpdates.sourceUrl,
      correctsId: progressUpdates.correctsId,
      correctionReasonEn: progressUpdates.correctionReasonEn,
      correctionReasonEs: progressUpdates.correctionReasonEs,
      meeting: { slug: meetings.slug, titleEn: meetings.titleEn, titleEs: meetings.titleEs, date: meetings.date },
      source: sourceColumns,
    })
    .from(progressUpdates)
    .leftJoin(meetings, eq(meetings.id, progressUpdates.meetingId))
    .leftJoin(sources, eq(sources.id, progressUpdates.sourceId))
    .where(where)
    .orderBy(desc(progressUpdates.date), asc(progressUpdates.id))
    .all();
  return withChecks(
    'progress_update',
    rows,
    (row) => row.id,
    (row) => ({ en: row.textEn, es: row.textEs }),
  );
}

function listLinkedRecommendations(initiativeId: number) {
  // Through the public view, so a summary-only or withdrawn text never shows here.
  const rows = getDb()
    .select({
      recommendationId: recommendationInitiatives.recommendationId,
      ref: publicRecommendations.ref,
      status: publicRecommendations.status,
      textKind: publicRecommendations.textKind,
      language: publicRecommendations.language,
      title: publicRecommendations.title,
      body: publicRecommendations.body,
      translationLocale: publicRecommendations.translationLocale,
      translationTitle: publicRecommendations.translationTitle,
      translationBody: publicRecommendations.translationBody,
      translationHumanChecked: publicRecommendations.translationHumanChecked,
      translationOrigin: publicRecommendations.translationOrigin,
      translationCheckedAt: publicRecommendations.translationCheckedAt,
      summaryEn: publicRecommendations.summaryEn,
      summaryEs: publicRecommendations.summaryEs,
      explanationEn: recommendationInitiatives.explanationEn,
      explanationEs: recommendationInitiatives.explanationEs,
    })
    .from(recommendationInitiatives)
    .innerJoin(publicRecommendations, eq(publicRecommendations.id, recommendationInitiatives.recommendationId))
    .where(eq(recommendationInitiatives.initiativeId, initiativeId))
    .orderBy(asc(publicRecommendations.ref))
    .limit(LIST_LIMIT)
    .all();
  return withChecks(
    'explanation',
    rows,
    (row) => explanationKey(row.recommendationId, initiativeId),
    (row) => ({ en: row.explanationEn, es: row.explanationEs }),
  );
}

function countLinkedRecommendations(initiativeId: number): number {
  return getDb()
    .select({ n: count() })
    .from(recommendationInitiatives)
    .innerJoin(publicRecommendations, eq(publicRecommendations.id, recommendationInitiatives.recommendationId))
    .where(eq(recommendationInitiatives.initiativeId, initiativeId))
    .get()!.n;
}
