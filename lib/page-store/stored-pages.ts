/**
 * Which stored public pages show a given recommendation or initiative, so that an action that changes
 * one replaces exactly those pages (lib/page-store/refresh.ts). Paths are without the locale: each is
 * stored once per language. Read from the tables, not the public view, so that an item being hidden,
 * made confidential or taken down is still found (its pages are the ones that must go).
 *
 * Which pages show what (app/[locale]):
 * - every recommendation: its own page, its pillar's page (counts, charts), the home page (counts,
 *   charts, recently implemented), the register's first page (list, counts), the decisions log and
 *   "You said, we did" (first pages);
 * - the initiatives it is linked to or covered by, the items it was merged into or that were merged into
 *   it (their pages name it);
 * - the fact sheets of the meetings whose period may count it: every meeting on or after the day it was
 *   submitted, and the meetings it was reported or implemented at.
 * - an initiative: its page, its pillar's page, the home page (pillar cards count initiatives and
 *   progress), "You said, we did" (names initiatives), the fact sheets of meetings with its progress,
 *   and the pages of the recommendations linked to it (they show its title and progress).
 */
import 'server-only';
import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  initiatives,
  meetings,
  pillars,
  progressUpdates,
  recommendationInitiatives,
  recommendationRounds,
  recommendations,
} from '@/db/schema';

export const LIST_PAGES = ['/', '/recommendations', '/decisions', '/you-said-we-did'] as const;

const day = (date: Date) => date.toISOString().slice(0, 10);

export function pagesShowingRecommendations(db: Database, refs: string[]): string[] {
  if (refs.length === 0) return [];
  const items = db
    .select({
      id: recommendations.id,
      ref: recommendations.ref,
      pillar: pillars.slug,
      submittedAt: recommendations.submittedAt,
      mergedIntoId: recommendations.mergedIntoId,
      coveredBy: recommendations.coveredByInitiativeId,
      implementedAt: recommendations.implementedMeetingId,
    })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(inArray(recommendations.ref, refs))
    .all();
  if (items.length === 0) return [];
  const ids = items.map((item) => item.id);
  const pages = new Set<string>(LIST_PAGES);
  for (const item of items) pages.add(`/recommendations/${item.ref}`).add(`/pillars/${item.pillar}`);

  const related = db
    .select({ ref: recommendations.ref })
    .from(recommendations)
    .where(
      or(
        inArray(recommendations.mergedIntoId, ids),
        inArray(
          recommendations.id,
          items.flatMap((item) => (item.mergedIntoId ? [item.mergedIntoId] : [])),
        ),
      ),
    )
    .all();
  for (const { ref } of related) pages.add(`/recommendations/${ref}`);

  const linked = db
    .select({ slug: initiatives.slug })
    .from(initiatives)
    .where(
      or(
        inArray(
          initiatives.id,
          db
            .select({ id: recommendationInitiatives.initiativeId })
            .from(recommendationInitiatives)
            .where(inArray(recommendationInitiatives.recommendationId, ids)),
        ),
        inArray(
          initiatives.id,
          items.flatMap((item) => (item.coveredBy ? [item.coveredBy] : [])),
        ),
      ),
    )
    .all();
  for (const { slug } of linked) pages.add(`/initiatives/${slug}`);

  const earliest = day(new Date(Math.min(...items.map((item) => item.submittedAt.getTime()))));
  const reported = db
    .select({ id: recommendationRounds.meetingId })
    .from(recommendationRounds)
    .where(inArray(recommendationRounds.recommendationId, ids));
  const implemented = items.flatMap((item) => (item.implementedAt ? [item.implementedAt] : []));
  const sheets = db
    .select({ slug: meetings.slug })
    .from(meetings)
    .where(or(gte(meetings.date, earliest), inArray(meetings.id, reported), inArray(meetings.id, implemented)))
    .all();
  for (const { slug } of sheets) pages.add(`/meetings/${slug}`);
  return [...pages];
}

export function pagesShowingInitiative(db: Database, slug: string): string[] {
  const initiative = db
    .select({ id: initiatives.id, pillar: pillars.slug })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .where(eq(initiatives.slug, slug))
    .get();
  if (!initiative) return [];
  const pages = new Set<string>(['/', '/you-said-we-did', `/initiatives/${slug}`, `/pillars/${initiative.pillar}`]);
  const sheets = db
    .selectDistinct({ slug: meetings.slug })
    .from(progressUpdates)
    .innerJoin(meetings, eq(meetings.id, progressUpdates.meetingId))
    .where(eq(progressUpdates.initiativeId, initiative.id))
    .all();
  for (const sheet of sheets) pages.add(`/meetings/${sheet.slug}`);
  const refs = db
    .select({ ref: recommendations.ref })
    .from(recommendations)
    .where(
      or(
        eq(recommendations.coveredByInitiativeId, initiative.id),
        inArray(
          recommendations.id,
          db
            .select({ id: recommendationInitiatives.recommendationId })
            .from(recommendationInitiatives)
            .where(and(eq(recommendationInitiatives.initiativeId, initiative.id))),
        ),
      ),
    )
    .all();
  for (const { ref } of refs) pages.add(`/recommendations/${ref}`);
  return [...pages];
}

/** A submitter's name is shown, with consent, on every public page of their recommendations. */
export function pagesShowingSubmitter(db: Database, userId: number): string[] {
  const refs = db.select({ ref: recommendations.ref }).from(recommendations).where(eq(recommendations.submitterId, userId)).all();
  return pagesShowingRecommendations(
    db,
    refs.map((row) => row.ref),
  );
}
