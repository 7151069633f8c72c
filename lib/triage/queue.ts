/**
 * The coordinators' queue: recommendations in the caller's pillars, filtered, searched, sorted and
 * paged in SQL (a queue may hold thousands), with counts per status under the same filters.
 */
import 'server-only';
import { and, asc, count, desc, eq, gte, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { cachedUntilChange } from '@/lib/cache';
import { pillars, recommendations, recommendationTranslations, statusConfirmations, users } from '@/db/schema';
import { type RecommendationStatus } from '@/db/vocabulary';
import type { CurrentUser } from '@/lib/auth/current-user';
import { pillarScope, pillarScopeKey, speaksFor } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { REFERENCE_PATTERN } from '@/lib/validation/fields';
import { QUEUE_PAGE_SIZE, type QueueFilters } from './queue-filters';
import { ftsQuery } from '@/lib/search/fts-query';
import { needsTranslation } from '@/lib/translations/store';

const assignee = alias(users, 'assignee');
const submitter = alias(users, 'submitter');

/**
 * Pending (marked by one government) and not yet confirmed by the caller's government. For an
 * administrator, who speaks for neither, every item awaiting a confirmation.
 */
export function awaitingConfirmationBy(user: CurrentUser): SQL {
  const government = speaksFor(user);
  const pending = sql`${recommendations.pendingStatus} is not null`;
  if (!government) return pending;
  return and(
    pending,
    sql`not exists (select 1 from ${statusConfirmations} where ${statusConfirmations.recommendationId} = ${recommendations.id}
      and ${statusConfirmations.status} = ${recommendations.pendingStatus} and ${statusConfirmations.government} = ${government})`,
  )!;
}

/** How many items in the caller's pillars await their government's confirmation: the queue's reminder. */
export function countAwaitingMyConfirmation(user: CurrentUser): number {
  return cachedUntilChange(
    `queue-awaiting:${pillarScopeKey(user)}:${speaksFor(user) ?? 'none'}`,
    () =>
      getDb()
        .select({ n: count() })
        .from(recommendations)
        .where(and(pillarScope(user), awaitingConfirmationBy(user)))
        .get()!.n,
  );
}

function conditions(user: CurrentUser, filters: QueueFilters, withStatus: boolean): SQL[] {
  const where: SQL[] = [pillarScope(user)];
  if (withStatus && filters.status) where.push(eq(recommendations.status, filters.status));
  if (filters.pillar) where.push(eq(pillars.slug, filters.pillar));
  if (filters.sector) where.push(eq(recommendations.sector, filters.sector));
  if (filters.country) where.push(eq(recommendations.country, filters.country));
  if (filters.from) where.push(gte(recommendations.submittedAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) where.push(lt(recommendations.submittedAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000)));
  if (filters.assigned === 'me') where.push(eq(recommendations.assigneeId, user.id));
  if (filters.assigned === 'none') where.push(isNull(recommendations.assigneeId));
  if (filters.awaiting === 'mine') where.push(awaitingConfirmationBy(user));
  if (filters.translation === 'needed') where.push(needsTranslation());
  if (filters.q) {
    const ref = filters.q.toUpperCase();
    const match = ftsQuery(filters.q);
    if (REFERENCE_PATTERN.test(ref)) where.push(eq(recommendations.ref, ref));
    else if (match)
      where.push(sql`${recommendations.id} in (select rowid from recommendations_fts where recommendations_fts match ${match})`);
  }
  return where;
}

const ORDER = {
  newest: [desc(recommendations.submittedAt), desc(recommendations.id)],
  oldest: [asc(recommendations.submittedAt), asc(recommendations.id)],
  updated: [desc(recommendations.updatedAt), desc(recommendations.id)],
  ref: [asc(recommendations.ref)],
} as const;

/**
 * One page of the queue. Each title is shown in the reader's language when a translation into it exists
 * (marked `translated`), else in its original language.
 */
export function listQueue(user: CurrentUser, filters: QueueFilters, locale: Locale = 'en') {
  const db = getDb();
  const where = and(...conditions(user, filters, true));
  // Counts are the queue's costliest part at scale; they are kept until the database changes, so never stale.
  const { page: _page, sort: _sort, ...counted } = filters;
  const key = JSON.stringify({
    scope: pillarScopeKey(user),
    me: filters.assigned === 'me' ? user.id : null,
    government: filters.awaiting ? (speaksFor(user) ?? 'none') : null,
    counted,
  });
  const total = cachedUntilChange(
    `queue-total:${key}`,
    () =>
      db.select({ n: count() }).from(recommendations).innerJoin(pillars, eq(pillars.id, recommendations.pillarId)).where(where).get()!.n,
  );
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const items = db
    .select({
      id: recommendations.id,
      ref: recommendations.ref,
      version: recommendations.version,
      title: recommendations.title,
      language: recommendations.language,
      translatedTitle: recommendationTranslations.title,
      status: recommendations.status,
      pendingStatus: recommendations.pendingStatus,
      sector: recommendations.sector,
      country: recommendations.country,
      submittedAt: recommendations.submittedAt,
      isSample: recommendations.isSample,
      pillarNumber: pillars.number,
      assigneeName: assignee.name,
      submitterOrganization: submitter.organization,
      // In how many dialogue rounds it was raised or reaffirmed (lib/calls): a page's worth of primary-key look-ups.
      rounds: sql<number>`(select count(distinct r.meeting_id) from recommendation_rounds r where r.recommendation_id = ${recommendations.id} and r.role in ('raised', 'reaffirmed'))`,
    })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .leftJoin(assignee, eq(assignee.id, recommendations.assigneeId))
    .leftJoin(submitter, eq(submitter.id, recommendations.submitterId))
    .leftJoin(
      recommendationTranslations,
      and(
        eq(recommendationTranslations.recommendationId, recommendations.id),
        eq(recommendationTranslations.locale, locale),
        ne(recommendations.language, locale),
      ),
    )
    .where(where)
    .orderBy(...ORDER[filters.sort])
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE)
    .all()
    .map(({ translatedTitle, ...item }) =>
      translatedTitle === null ? { ...item, translated: false } : { ...item, title: translatedTitle, language: locale, translated: true },
    );
  const statusCounts = cachedUntilChange(`queue-statuses:${key}`, () =>
    db
      .select({ status: recommendations.status, n: count() })
      .from(recommendations)
      .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
      .where(and(...conditions(user, filters, false)))
      .groupBy(recommendations.status)
      .all(),
  );
  return {
    items,
    total,
    page,
    pages,
    counts: Object.fromEntries(statusCounts.map((row) => [row.status, row.n])) as Partial<Record<RecommendationStatus, number>>,
  };
}

/** The coordinators and administrators a recommendation can be assigned to. */
export function listAssignees() {
  return getDb()
    .select({ id: users.id, name: users.name, government: users.government, role: users.role })
    .from(users)
    .where(and(sql`${users.role} in ('coordinator', 'admin')`, isNull(users.deactivatedAt)))
    .orderBy(asc(users.name))
    .all();
}
