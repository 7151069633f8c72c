/**
 * The parts of the open data the record pages do not already give in a public form: counts and lists
 * of recommendations per pillar, initiative and meeting, read through the public_recommendations view
 * (the record helpers read the table with a visibility filter, which would show a summary-only
 * item's original title), and every initiative's leads at once for the list.
 */
import 'server-only';
import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  agencies,
  initiativeLeads,
  initiatives,
  pillars,
  progressUpdates,
  publicRecommendations as pr,
  recommendationInitiatives,
  recommendationRounds,
} from '@/db/schema';
import { INITIATIVE_STATES, type RecommendationStatus } from '@/db/vocabulary';
import { publicItemColumns, type PublicItem, type UnknownValue } from '@/lib/public/register';
import { explanationKey, withChecks } from '@/lib/translations/text-checks';

export function publicPillars() {
  const db = getDb();
  const initiativeCounts = new Map(
    db
      .select({ pillarId: initiatives.pillarId, n: count() })
      .from(initiatives)
      .groupBy(initiatives.pillarId)
      .all()
      .map((r) => [r.pillarId, r.n]),
  );
  const byStatus = new Map<number, Partial<Record<RecommendationStatus, number>>>();
  for (const { pillarId, status, n } of db
    .select({ pillarId: pr.pillarId, status: pr.status, n: count() })
    .from(pr)
    .groupBy(pr.pillarId, pr.status)
    .all()) {
    byStatus.set(pillarId, { ...byStatus.get(pillarId), [status]: n });
  }
  return db
    .select()
    .from(pillars)
    .orderBy(asc(pillars.number))
    .all()
    .map((pillar) => ({
      pillar,
      initiativeCount: initiativeCounts.get(pillar.id) ?? 0,
      recommendationsByStatus: byStatus.get(pillar.id) ?? {},
    }));
}

export type InitiativeFilter = { pillar?: string; state?: (typeof INITIATIVE_STATES)[number] };

export function publicInitiatives(filter: InitiativeFilter) {
  const db = getDb();
  const where: SQL[] = [];
  if (filter.pillar) {
    const pillar = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, filter.pillar)).get();
    if (!pillar) return { unknown: 'pillar', value: filter.pillar } satisfies UnknownValue;
    where.push(eq(initiatives.pillarId, pillar.id));
  }
  if (filter.state) where.push(eq(initiatives.state, filter.state));
  const rows = db
    .select({
      initiative: initiatives,
      pillar: { slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs },
    })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .where(and(...where))
    .orderBy(asc(pillars.number), asc(initiatives.titleEn))
    .all();
  const leads = leadsByInitiative();
  const progress = countMap(
    db.select({ key: progressUpdates.initiativeId, n: count() }).from(progressUpdates).groupBy(progressUpdates.initiativeId).all(),
  );
  const linked = countMap(
    db
      .select({ key: recommendationInitiatives.initiativeId, n: count() })
      .from(recommendationInitiatives)
      .innerJoin(pr, eq(pr.id, recommendationInitiatives.recommendationId))
      .groupBy(recommendationInitiatives.initiativeId)
      .all(),
  );
  return withChecks(
    'initiative_description',
    rows,
    (row) => row.initiative.id,
    (row) => ({ en: row.initiative.descriptionEn, es: row.initiative.descriptionEs }),
  ).map(({ check, ...row }) => ({
    ...row,
    descriptionCheck: check,
    leads: leads.get(row.initiative.id) ?? [],
    progressCount: progress.get(row.initiative.id) ?? 0,
    recommendationCount: linked.get(row.initiative.id) ?? 0,
  }));
}

const countMap = (rows: { key: number; n: number }[]) => new Map(rows.map((r) => [r.key, r.n]));

export type Lead = { slug: string; government: 'us' | 'mx'; acronym: string; nameEn: string; nameEs: string };

function leadsByInitiative(): Map<number, Lead[]> {
  const rows = getDb()
    .select({
      initiativeId: initiativeLeads.initiativeId,
      slug: agencies.slug,
      government: agencies.government,
      acronym: agencies.acronym,
      nameEn: agencies.nameEn,
      nameEs: agencies.nameEs,
    })
    .from(initiativeLeads)
    .innerJoin(agencies, eq(agencies.id, initiativeLeads.agencyId))
    .orderBy(asc(agencies.acronym))
    .all();
  const result = new Map<number, Lead[]>();
  for (const { initiativeId, ...lead } of rows) result.set(initiativeId, [...(result.get(initiativeId) ?? []), lead]);
  return result;
}

/** The public recommendations linked to an initiative, with the coordinators' explanation of each link. */
export function initiativeRecommendations(initiativeSlug: string) {
  const rows = getDb()
    .select({
      ...publicItemColumns,
      initiativeId: initiatives.id,
      explanationEn: recommendationInitiatives.explanationEn,
      explanationEs: recommendationInitiatives.explanationEs,
    })
    .from(recommendationInitiatives)
    .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
    .innerJoin(pr, eq(pr.id, recommendationInitiatives.recommendationId))
    .innerJoin(pillars, eq(pillars.id, pr.pillarId))
    .where(eq(initiatives.slug, initiativeSlug))
    .orderBy(asc(pr.ref))
    .all();
  return withChecks(
    'explanation',
    rows,
    (row) => explanationKey(row.id, row.initiativeId),
    (row) => ({ en: row.explanationEn, es: row.explanationEs }),
  ).map(({ explanationEn, explanationEs, check, initiativeId: _initiative, ...item }) => ({
    item: item as PublicItem,
    explanationEn,
    explanationEs,
    check,
  }));
}

/** The public recommendations a meeting reported or recorded as implemented: its fact sheet's list. */
export function meetingRecommendations(meetingId: number): PublicItem[] {
  const reportedHere = getDb()
    .select({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(and(eq(recommendationRounds.meetingId, meetingId), eq(recommendationRounds.role, 'reported')));
  return getDb()
    .select(publicItemColumns)
    .from(pr)
    .innerJoin(pillars, eq(pillars.id, pr.pillarId))
    .where(or(eq(pr.implementedMeetingId, meetingId), inArray(pr.id, reportedHere)))
    .orderBy(asc(pillars.number), asc(pr.ref))
    .all() as PublicItem[];
}
