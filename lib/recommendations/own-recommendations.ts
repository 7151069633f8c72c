/**
 * A stakeholder's own recommendations. Every query is scoped to the submitter: another person's
 * reference reads as "not found", whether it exists or not, so guessing references reveals nothing.
 */
import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, pillars, recommendations } from '@/db/schema';

export function listOwnRecommendations(userId: number) {
  return getDb()
    .select({
      ref: recommendations.ref,
      title: recommendations.title,
      language: recommendations.language,
      status: recommendations.status,
      isSample: recommendations.isSample,
      submittedAt: recommendations.submittedAt,
      updatedAt: recommendations.updatedAt,
      pillarNumber: pillars.number,
      pillarTitleEn: pillars.titleEn,
      pillarTitleEs: pillars.titleEs,
    })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(eq(recommendations.submitterId, userId))
    .orderBy(desc(recommendations.submittedAt), desc(recommendations.id))
    .all();
}

export function getOwnRecommendation(userId: number, ref: string) {
  const db = getDb();
  const row = db
    .select({
      recommendation: recommendations,
      pillar: { slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs },
    })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(and(eq(recommendations.ref, ref), eq(recommendations.submitterId, userId)))
    .get();
  if (!row) return null;
  // The submitter sees what the public sees of the history (never internal reasons), plus their own edits.
  const history = db
    .select({
      id: historyEvents.id,
      kind: historyEvents.kind,
      fromStatus: historyEvents.fromStatus,
      toStatus: historyEvents.toStatus,
      isPublic: historyEvents.isPublic,
      publicResponseEn: historyEvents.publicResponseEn,
      publicResponseEs: historyEvents.publicResponseEs,
      actorId: historyEvents.actorId,
      createdAt: historyEvents.createdAt,
    })
    .from(historyEvents)
    .where(eq(historyEvents.recommendationId, row.recommendation.id))
    .orderBy(asc(historyEvents.createdAt), asc(historyEvents.id))
    .all()
    .filter((event) => event.isPublic || event.actorId === userId);
  return { ...row, history };
}
