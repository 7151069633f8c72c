import 'server-only';
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, pillars, progressUpdates, recommendationInitiatives, recommendations, type RecommendationStatus } from '@/db/schema';
import { publiclyVisible } from '@/lib/recommendations/visibility';
import { cachedUntilChange } from '@/lib/cache';

export type PillarSummary = typeof pillars.$inferSelect & {
  initiativeCount: number;
  progressCount: number;
  recommendationsByStatus: Partial<Record<RecommendationStatus, number>>;
};

/** The four pillars in order, as they are: for choices and labels, without counting anything. */
export function listPillarRecords() {
  return getDb().select().from(pillars).orderBy(asc(pillars.number)).all();
}

/** The four pillars in order, each with how much the record holds under it. */
export function listPillars(): PillarSummary[] {
  return cachedUntilChange('pillars', () => {
    const db = getDb();
    const rows = db.select().from(pillars).orderBy(asc(pillars.number)).all();
    const initiativeCounts = new Map(
      db.select({ pillarId: initiatives.pillarId, n: count() }).from(initiatives).groupBy(initiatives.pillarId).all().map((r) => [r.pillarId, r.n]),
    );
    const progressCounts = new Map(
      db
        .select({ pillarId: initiatives.pillarId, n: count() })
        .from(progressUpdates)
        .innerJoin(initiatives, eq(initiatives.id, progressUpdates.initiativeId))
        .groupBy(initiatives.pillarId)
        .all()
        .map((r) => [r.pillarId, r.n]),
    );
    const byStatus = recommendationCountsByPillar();
    return rows.map((p) => ({
      ...p,
      initiativeCount: initiativeCounts.get(p.id) ?? 0,
      progressCount: progressCounts.get(p.id) ?? 0,
      recommendationsByStatus: byStatus.get(p.id) ?? {},
    }));
  });
}

function recommendationCountsByPillar() {
  const rows = getDb()
    .select({ pillarId: recommendations.pillarId, status: recommendations.status, n: count() })
    .from(recommendations)
    .where(publiclyVisible())
    .groupBy(recommendations.pillarId, recommendations.status)
    .all();
  const result = new Map<number, Partial<Record<RecommendationStatus, number>>>();
  for (const { pillarId, status, n } of rows) {
    const counts = result.get(pillarId) ?? {};
    counts[status] = n;
    result.set(pillarId, counts);
  }
  return result;
}

export type PillarInitiative = typeof initiatives.$inferSelect & {
  progressCount: number;
  latestProgressDate: string | null;
  recommendationCount: number;
};

export function getPillar(slug: string) {
  const db = getDb();
  const pillar = db.select().from(pillars).where(eq(pillars.slug, slug)).get();
  if (!pillar) return null;
  const summary = listPillars().find((p) => p.id === pillar.id)!;
  const progress = db
    .select({ initiativeId: progressUpdates.initiativeId, n: count(), latest: max(progressUpdates.date) })
    .from(progressUpdates)
    .innerJoin(initiatives, eq(initiatives.id, progressUpdates.initiativeId))
    .where(eq(initiatives.pillarId, pillar.id))
    .groupBy(progressUpdates.initiativeId)
    .all();
  const progressById = new Map(progress.map((r) => [r.initiativeId, r]));
  const linked = new Map(
    db
      .select({ initiativeId: recommendationInitiatives.initiativeId, n: count() })
      .from(recommendationInitiatives)
      .innerJoin(recommendations, eq(recommendations.id, recommendationInitiatives.recommendationId))
      .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
      .where(and(eq(initiatives.pillarId, pillar.id), publiclyVisible()))
      .groupBy(recommendationInitiatives.initiativeId)
      .all()
      .map((r) => [r.initiativeId, r.n]),
  );
  const rows: PillarInitiative[] = db
    .select()
    .from(initiatives)
    .where(eq(initiatives.pillarId, pillar.id))
    .orderBy(sql`${initiatives.state} = 'planned'`, asc(initiatives.titleEn))
    .all()
    .map((i) => ({
      ...i,
      progressCount: progressById.get(i.id)?.n ?? 0,
      latestProgressDate: progressById.get(i.id)?.latest ?? null,
      recommendationCount: linked.get(i.id) ?? 0,
    }));
  return { pillar: summary, initiatives: rows };
}
