import 'server-only';
import { asc, count, eq, max, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, pillars, progressUpdates, type RecommendationStatus } from '@/db/schema';
import { cachedUntilPublicChange } from '@/lib/cache';
import { countPublicByPillarAndStatus, publicLinksByInitiative } from '@/lib/public/counts';
import type { PairCheck } from '@/lib/translations/paired';
import { withChecks } from '@/lib/translations/text-checks';

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
  return cachedUntilPublicChange('pillars', () => {
    const db = getDb();
    const rows = db.select().from(pillars).orderBy(asc(pillars.number)).all();
    const initiativeCounts = new Map(
      db
        .select({ pillarId: initiatives.pillarId, n: count() })
        .from(initiatives)
        .groupBy(initiatives.pillarId)
        .all()
        .map((r) => [r.pillarId, r.n]),
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
  const result = new Map<number, Partial<Record<RecommendationStatus, number>>>();
  for (const { pillarId, status, n } of countPublicByPillarAndStatus()) {
    const counts = result.get(pillarId) ?? {};
    counts[status] = n;
    result.set(pillarId, counts);
  }
  return result;
}

export type PillarInitiative = typeof initiatives.$inferSelect & {
  /** A person's check of the description's translation, when one holds. */
  check: PairCheck | null;
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
  // Kept by the database as links and items change (lib/public/counts.ts): no join over the links.
  const linked = publicLinksByInitiative(pillar.id);
  const list = db
    .select()
    .from(initiatives)
    .where(eq(initiatives.pillarId, pillar.id))
    .orderBy(sql`${initiatives.state} = 'planned'`, asc(initiatives.titleEn))
    .all();
  const rows: PillarInitiative[] = withChecks(
    'initiative_description',
    list,
    (i) => i.id,
    (i) => ({ en: i.descriptionEn, es: i.descriptionEs }),
  ).map((i) => ({
    ...i,
    progressCount: progressById.get(i.id)?.n ?? 0,
    latestProgressDate: progressById.get(i.id)?.latest ?? null,
    recommendationCount: linked.get(i.id) ?? 0,
  }));
  return { pillar: summary, initiatives: rows };
}
