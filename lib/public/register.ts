/**
 * The public register: what the page, the JSON API and the CSV export list. It reads only the
 * public_recommendations view and the public_search index, so nothing private can reach it.
 * Filtering, search, facet counts and paging all happen in SQL: the register may hold 100,000 items.
 */
import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, not, or, sql, type SQL } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { statementFor } from '@/db/prepared';
import { cosigners, meetings, pillars, publicRecommendations as pr, recommendationRounds, recommendations } from '@/db/schema';
import { publiclyVisible } from '@/lib/recommendations/visibility';
import { ftsQuery } from '@/lib/search/fts-query';
import { cachedUntilPublicChange } from '@/lib/cache';
import { countPublic, countPublicBy, countPublicByMeeting, type CountFilter } from './counts';
import { highlightAll, highlightSnippet, queryWords } from './highlight';
import type { PublicStatus, RegisterFilters } from './register-filters';

/** The FTS5 table of the public_search migration, declared here only to query it. */
const publicSearch = sqliteTable('public_search', {
  rowid: integer().notNull(),
  title: text(),
  body: text(),
});

export { MARK_END, MARK_START } from './marks';

const DAY = 86_400_000;

export type MeetingPeriod = { id: number; slug: string; date: string; start: Date | null; end: Date };

/** Each meeting covers the days after the previous meeting up to and including its own date. */
export function meetingPeriods(): MeetingPeriod[] {
  const rows = getDb()
    .select({ id: meetings.id, slug: meetings.slug, date: meetings.date })
    .from(meetings)
    .orderBy(asc(meetings.date), asc(meetings.id))
    .all();
  return rows.map((m, i) => {
    const previous = rows[i - 1];
    return { ...m, start: previous ? new Date(Date.parse(previous.date) + DAY) : null, end: new Date(Date.parse(m.date) + DAY) };
  });
}

function submittedIn(period: MeetingPeriod): SQL {
  return period.start ? and(gte(pr.submittedAt, period.start), lt(pr.submittedAt, period.end))! : lt(pr.submittedAt, period.end);
}

/** Reported or implemented at the meeting (whenever submitted). */
function namedAt(period: MeetingPeriod): SQL {
  const reported = getDb()
    .select({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(eq(recommendationRounds.meetingId, period.id));
  return or(eq(pr.implementedMeetingId, period.id), inArray(pr.id, reported))!;
}

/** Submitted in the meeting's period, or reported or implemented at it. */
function inMeeting(period: MeetingPeriod): SQL {
  return or(submittedIn(period), namedAt(period))!;
}

type Facet = 'pillar' | 'status' | 'sector' | 'country' | 'meeting';

type Resolved = { filters: RegisterFilters; pillarId?: number; period?: MeetingPeriod; match: string | null };

export type UnknownValue = { unknown: 'pillar' | 'meeting'; value: string };

function resolve(filters: RegisterFilters): Resolved | UnknownValue {
  let pillarId: number | undefined;
  let period: MeetingPeriod | undefined;
  if (filters.pillar) {
    pillarId = getDb().select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, filters.pillar)).get()?.id;
    if (pillarId === undefined) return { unknown: 'pillar', value: filters.pillar };
  }
  if (filters.meeting) {
    period = meetingPeriods().find((m) => m.slug === filters.meeting);
    if (!period) return { unknown: 'meeting', value: filters.meeting };
  }
  return { filters, pillarId, period, match: filters.q ? ftsQuery(filters.q) : null };
}

/** The submitter's organization, or a co-signer who signed and agreed to be listed, is from this country. */
function listedOrganizationFrom(country: 'us' | 'mx'): SQL {
  const signedFrom = sql`exists (select 1 from ${cosigners} where ${cosigners.recommendationId} = ${pr.id} and ${cosigners.state} = 'signed' and ${cosigners.publicConsent} = 1 and ${cosigners.country} = ${country})`;
  return or(eq(pr.country, country), signedFrom)!;
}

/** Co-signed across the border: organizations of both countries stand publicly behind the item. */
function cosignedByBoth(): SQL {
  return and(listedOrganizationFrom('us'), listedOrganizationFrom('mx'))!;
}

function conditions(r: Resolved, except?: Facet): SQL[] {
  const where: SQL[] = [];
  const f = r.filters;
  if (r.pillarId !== undefined && except !== 'pillar') where.push(eq(pr.pillarId, r.pillarId));
  if (f.status && except !== 'status') where.push(eq(pr.status, f.status));
  if (f.sector && except !== 'sector') where.push(eq(pr.sector, f.sector));
  if (f.country && except !== 'country') where.push(eq(pr.country, f.country));
  if (r.period && except !== 'meeting') where.push(inMeeting(r.period));
  if (f.cosigned === 'both') where.push(cosignedByBoth());
  // A query with no searchable words (only punctuation) matches nothing rather than everything.
  if (f.q && !r.match) where.push(sql`0`);
  else if (r.match) where.push(sql`${pr.id} in (select rowid from public_search where public_search match ${r.match})`);
  return where;
}

/** The columns of a public item: the view's public text and the pillar it belongs to. */
export const publicItemColumns = {
  id: pr.id,
  ref: pr.ref,
  status: pr.status,
  sector: pr.sector,
  country: pr.country,
  language: pr.language,
  topics: pr.topics,
  isSample: pr.isSample,
  submittedAt: pr.submittedAt,
  updatedAt: pr.updatedAt,
  textKind: pr.textKind,
  title: pr.title,
  body: pr.body,
  translationLocale: pr.translationLocale,
  translationTitle: pr.translationTitle,
  translationBody: pr.translationBody,
  translationHumanChecked: pr.translationHumanChecked,
  translationOrigin: pr.translationOrigin,
  translationCheckedAt: pr.translationCheckedAt,
  summaryEn: pr.summaryEn,
  summaryEs: pr.summaryEs,
  organization: pr.organization,
  submitterName: pr.submitterName,
  pillar: { slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs },
};

export type Highlights = {
  title: string | null;
  body: string | null;
  translationTitle: string | null;
  translationBody: string | null;
  summaryEn: string | null;
  summaryEs: string | null;
};
export type PublicItem = {
  [K in keyof typeof publicItemColumns]: K extends 'pillar'
    ? { slug: string; number: number; titleEn: string; titleEs: string }
    : (typeof pr.$inferSelect)[K & keyof typeof pr.$inferSelect];
};
export type RegisterItem = PublicItem & { highlights: Highlights | null };

const ORDER = {
  newest: [desc(pr.submittedAt), desc(pr.id)],
  oldest: [asc(pr.submittedAt), asc(pr.id)],
  updated: [desc(pr.updatedAt), desc(pr.id)],
  ref: [asc(pr.ref)],
} as const;

function ranked(match: string) {
  // Title matches weigh more than matches in the text; summaries count as text.
  return getDb()
    .select({ id: sql<number>`rowid`.as('hit_id'), score: sql<number>`bm25(public_search, 8, 1, 8, 1, 1, 1)`.as('score') })
    .from(publicSearch)
    .where(sql`public_search match ${match}`)
    .as('hits');
}

/** Only a search, no other filter: FTS5 finds the top results by rank itself, without a join. */
function onlySearch(r: Resolved): boolean {
  const f = r.filters;
  return Boolean(r.match) && r.pillarId === undefined && !f.status && !f.sector && !f.country && !r.period && !f.cosigned;
}

/** The public items with these ids, in this order (lists sort narrow rows first, then read the page's items). */
export function selectByIds(ids: number[]): PublicItem[] {
  if (ids.length === 0) return [];
  const rows = readItems(
    getDb().select(publicItemColumns).from(pr).innerJoin(pillars, eq(pillars.id, pr.pillarId)).where(inArray(pr.id, ids)),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Ranking is the dear part of a search: bm25 is computed for every match (about 13,000 for "energia
 * frontera" at 100,000 items, over 100 ms) before the first page can be cut. The first RANKED_KEPT ids of a
 * search are kept until a public change (lib/cache.ts), so its next visitors and its next pages are served
 * from them; pages beyond that rank again.
 */
export const RANKED_KEPT = 250;

function rankedIds(r: Resolved, limit: number, offset: number): number[] {
  const rank = (take: number, skip: number) => {
    const db = getDb();
    if (onlySearch(r))
      return db
        .select({ id: sql<number>`rowid` })
        .from(publicSearch)
        .where(sql`public_search match ${r.match}`)
        .orderBy(sql`rank`)
        .limit(take)
        .offset(skip)
        .all()
        .map((row) => row.id);
    const hits = ranked(r.match!);
    return db
      .select({ id: pr.id })
      .from(pr)
      .innerJoin(hits, eq(hits.id, pr.id))
      .where(and(...conditions(r)))
      .orderBy(asc(hits.score), desc(pr.id))
      .limit(take)
      .offset(skip)
      .all()
      .map((row) => row.id);
  };
  if (offset + limit > RANKED_KEPT) return rank(limit, offset);
  return cachedUntilPublicChange(`register-ranked:${filterKey(r)}`, () => rank(RANKED_KEPT, 0)).slice(offset, offset + limit);
}

function selectItems(r: Resolved, limit: number, offset: number) {
  const db = getDb();
  const where = and(...conditions(r));
  if (r.match && r.filters.sort === 'relevance') return selectByIds(rankedIds(r, limit, offset));
  const order = r.filters.sort === 'relevance' ? ORDER.newest : ORDER[r.filters.sort];
  return readItems(
    db
      .select(publicItemColumns)
      .from(pr)
      .innerJoin(pillars, eq(pillars.id, pr.pillarId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
  );
}

/**
 * Runs a query of `publicItemColumns` on a kept statement and decodes its raw rows once per column
 * (decodeRow): drizzle's own mapping checks each column's kind again for every cell, and with preparing the
 * statement each time that was 1.7 of the API's 13 ms per request for 100 items at 100,000 (a CPU profile).
 */
function readItems(query: { toSQL(): { sql: string; params: unknown[] } }): PublicItem[] {
  const { sql: text, params } = query.toSQL();
  return (
    statementFor(getDb(), text)
      .raw(true)
      .all(...params) as unknown[][]
  ).map(decodeRow);
}

/** How many items match: counted once per change of the database (lib/cache.ts). */
function countItems(r: Resolved): number {
  return cachedUntilPublicChange(`register-total:${filterKey(r)}`, () => {
    if (onlySearch(r))
      return getDb()
        .select({ n: count() })
        .from(publicSearch)
        .where(sql`public_search match ${r.match}`)
        .get()!.n;
    if (!r.filters.q && !r.filters.cosigned) return countWithoutSearch(r);
    return getDb()
      .select({ n: count() })
      .from(pr)
      .where(and(...conditions(r)))
      .get()!.n;
  });
}

const filterKey = (r: Resolved) =>
  JSON.stringify([
    r.pillarId,
    r.filters.status,
    r.filters.sector,
    r.filters.country,
    r.period?.slug,
    r.filters.cosigned,
    r.match,
    Boolean(r.filters.q),
  ]);

function highlightsFor(query: string, rows: PublicItem[]): Map<number, Highlights> {
  const words = queryWords(query);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: highlightAll(row.title, words),
        body: highlightSnippet(row.body, words),
        translationTitle: highlightAll(row.translationTitle, words),
        translationBody: highlightSnippet(row.translationBody, words),
        summaryEn: highlightSnippet(row.summaryEn, words),
        summaryEs: highlightSnippet(row.summaryEs, words),
      },
    ]),
  );
}

function facetCounts(r: Resolved) {
  return cachedUntilPublicChange(`register-facets:${filterKey(r)}`, () =>
    // The kept aggregates know nothing of co-signers: a co-signing filter counts from the rows.
    r.filters.q || r.filters.cosigned ? computeFacetCounts(r) : facetsWithoutSearch(r),
  );
}

function computeFacetCounts(r: Resolved) {
  const db = getDb();
  const group = <K extends 'pillar' | 'status' | 'sector' | 'country'>(
    facet: K,
    column: SQL | typeof pr.status | typeof pr.sector | typeof pr.country,
  ) => {
    const rows = db
      .select({ value: sql<string>`${column}`, n: count() })
      .from(pr)
      .innerJoin(pillars, eq(pillars.id, pr.pillarId))
      .where(and(...conditions(r, facet)))
      .groupBy(column)
      .all();
    return Object.fromEntries(rows.map((row) => [row.value, row.n])) as Record<string, number>;
  };
  const periods = meetingPeriods();
  const meetingRow = db
    .select(Object.fromEntries(periods.map((p) => [p.slug, sql<number>`coalesce(sum(case when ${inMeeting(p)} then 1 else 0 end), 0)`])))
    .from(pr)
    .where(and(...conditions(r, 'meeting')))
    .get() as Record<string, number> | undefined;
  return {
    pillar: group('pillar', sql`${pillars.slug}`),
    status: group('status', pr.status) as Partial<Record<PublicStatus, number>>,
    sector: group('sector', pr.sector),
    country: group('country', pr.country),
    meeting: Object.fromEntries(periods.map((p) => [p.slug, Number(meetingRow?.[p.slug] ?? 0)])),
  };
}

// ---------------------------------------------------------------------------------------------------
// Without a search (or co-signing filter), counts come from the aggregates the database keeps (lib/public/counts.ts), which know
// each item's submission period and the meeting it was implemented at. A meeting filter also takes in
// items reported at the meeting (recommendation_rounds: the record's own, a handful) submitted outside its
// period and implemented elsewhere: those are counted from the rows.

function aggregateFilter(r: Resolved, except?: Facet): CountFilter {
  const f = r.filters;
  return {
    pillarId: except === 'pillar' ? undefined : r.pillarId,
    status: except === 'status' ? undefined : f.status,
    sector: except === 'sector' ? undefined : f.sector,
    country: except === 'country' ? undefined : f.country,
    meetingId: except === 'meeting' || !r.period ? undefined : r.period.id,
  };
}

/** Reported at the meeting, and neither submitted in its period nor implemented at it. */
function reportedOnly(period: MeetingPeriod): SQL {
  const reported = getDb()
    .select({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(eq(recommendationRounds.meetingId, period.id));
  return and(inArray(pr.id, reported), not(submittedIn(period)), sql`coalesce(${pr.implementedMeetingId}, 0) <> ${period.id}`)!;
}

/** The items a meeting filter takes in beyond the aggregates, under the other filters; null without one. */
function beyondAggregates(r: Resolved, except?: Facet): SQL | null {
  if (!r.period || except === 'meeting') return null;
  return and(...conditions(r, except), reportedOnly(r.period))!;
}

function countWithoutSearch(r: Resolved): number {
  const extra = beyondAggregates(r);
  return countPublic(aggregateFilter(r)) + (extra ? getDb().select({ n: count() }).from(pr).where(extra).get()!.n : 0);
}

function facetsWithoutSearch(r: Resolved): FacetCounts {
  const db = getDb();
  const facet = (name: 'pillar' | 'status' | 'sector' | 'country') => {
    const counts = countPublicBy(name, aggregateFilter(r, name));
    const extra = beyondAggregates(r, name);
    if (extra) {
      const column = { pillar: pillars.slug, status: pr.status, sector: pr.sector, country: pr.country }[name];
      const rows = db
        .select({ value: sql<string>`${column}`, n: count() })
        .from(pr)
        .innerJoin(pillars, eq(pillars.id, pr.pillarId))
        .where(extra)
        .groupBy(column)
        .all();
      for (const row of rows) counts[row.value] = (counts[row.value] ?? 0) + row.n;
    }
    return counts;
  };
  const periods = meetingPeriods();
  const inMeetings = countPublicByMeeting(
    periods.map((p) => p.id),
    aggregateFilter(r, 'meeting'),
  );
  const reported = periods.length
    ? (db
        .select(
          Object.fromEntries(periods.map((p) => [p.slug, sql<number>`coalesce(sum(case when ${reportedOnly(p)} then 1 else 0 end), 0)`])),
        )
        .from(pr)
        .where(
          and(
            ...conditions(r, 'meeting'),
            inArray(pr.id, db.select({ id: recommendationRounds.recommendationId }).from(recommendationRounds)),
          ),
        )
        .get() as Record<string, number> | undefined)
    : undefined;
  return {
    pillar: facet('pillar'),
    status: facet('status') as Partial<Record<PublicStatus, number>>,
    sector: facet('sector'),
    country: facet('country'),
    meeting: Object.fromEntries(periods.map((p) => [p.slug, (inMeetings.get(p.id) ?? 0) + Number(reported?.[p.slug] ?? 0)])),
  };
}

type FacetCounts = ReturnType<typeof computeFacetCounts>;

export type RegisterPage = {
  items: RegisterItem[];
  total: number;
  page: number;
  pages: number;
  perPage: number;
  facets: ReturnType<typeof computeFacetCounts>;
};

/** One page of the register under these filters, with counts per value of each filter. */
export function searchRegister(filters: RegisterFilters, options: { facets?: boolean } = {}): RegisterPage | UnknownValue {
  const r = resolve(filters);
  if ('unknown' in r) return r;
  const total = countItems(r);
  const pages = Math.max(1, Math.ceil(total / filters.perPage));
  const page = Math.min(filters.page, pages);
  const rows = selectItems(r, filters.perPage, (page - 1) * filters.perPage);
  const highlights = r.match && filters.q ? highlightsFor(filters.q, rows as PublicItem[]) : new Map<number, Highlights>();
  return {
    items: rows.map((row) => ({ ...row, highlights: highlights.get(row.id) ?? null })) as RegisterItem[],
    total,
    page,
    pages,
    perPage: filters.perPage,
    facets: options.facets === false ? { pillar: {}, status: {}, sector: {}, country: {}, meeting: {} } : facetCounts(r),
  };
}

/**
 * A full export under these filters, oldest item first, as the SQL of the register's own conditions and
 * a decoder from its raw rows to items: the CSV export (lib/public/api/csv.ts) runs it on a read-only
 * connection of its own, so a 100,000-row download is one consistent snapshot and never holds the
 * shared connection between rows.
 */
export function registerExportQuery(filters: RegisterFilters): ExportQuery | UnknownValue {
  const r = resolve(filters);
  if ('unknown' in r) return r;
  const { sql: text, params } = getDb()
    .select(publicItemColumns)
    .from(pr)
    .innerJoin(pillars, eq(pillars.id, pr.pillarId))
    .where(and(...conditions(r)))
    .orderBy(asc(pr.id))
    .toSQL();
  return { sql: text, params, decode: decodeRow };
}

export type ExportQuery = { sql: string; params: unknown[]; decode: (row: unknown[]) => PublicItem };

type Decodable = { mapFromDriverValue?: (value: unknown) => unknown };
type ExportField = { key: string; nested: string | null; column: Decodable };
/** publicItemColumns in the order drizzle selects them: depth first, in the object's key order. */
const exportFields = Object.entries(publicItemColumns).flatMap(([key, value]): ExportField[] =>
  'mapFromDriverValue' in value
    ? [{ key, nested: null, column: value as Decodable }]
    : Object.entries(value).map(([nested, column]) => ({ key, nested, column: column as Decodable })),
);

// Each column's conversion, taken out of drizzle's column objects once: reading it through the view's
// column proxies for every cell of a 100,000-row export cost a second.
const exportDecoders = exportFields.map(({ key, nested, column }) => ({
  key,
  nested,
  convert: column.mapFromDriverValue ? column.mapFromDriverValue.bind(column) : null,
}));

/** A raw row to the item drizzle would have made of it, with each column's own conversion. */
function decodeRow(row: unknown[]): PublicItem {
  const item: Record<string, unknown> = {};
  for (let i = 0; i < exportDecoders.length; i++) {
    const { key, nested, convert } = exportDecoders[i]!;
    const raw = row[i];
    const value = raw === null || raw === undefined || !convert ? raw : convert(raw);
    if (nested === null) item[key] = value;
    else ((item[key] ??= {}) as Record<string, unknown>)[nested] = value;
  }
  return item as PublicItem;
}

export const OUTCOME_STATUSES = ['implemented', 'in_progress', 'accepted', 'not_adopted'] as const;

const WALK_UPDATED_UP_TO = 500;

/**
 * One pillar's recommendations the governments answered (taken up, done or declined), most recently
 * changed first, optionally within one meeting's period, a page at a time, with how many there are: the
 * rows of "You said, we did".
 */
export function answeredPage(
  meeting: string | undefined,
  pillarId: number,
  limit: number,
  offset = 0,
): { items: PublicItem[]; total: number } | UnknownValue {
  const r = resolve({ meeting, sort: 'updated', page: 1, perPage: limit });
  if ('unknown' in r) return r;
  // Sorted as ids first: sorting whole rows, texts included, cost most of a second at 100,000 items.
  // Without a meeting the table itself is read (same visibility rule as the view, without its joins).
  const db = getDb();
  const answered = inArray(recommendations.status, [...OUTCOME_STATUSES]);
  const where = r.period
    ? and(...conditions({ ...r, pillarId }), inArray(pr.status, [...OUTCOME_STATUSES]))!
    : and(publiclyVisible(), eq(recommendations.pillarId, pillarId), answered)!;
  // The first pages walk recommendations_updated_idx newest first and stop after `limit` matches (0.3 ms);
  // given the pillar and status, SQLite would rather take their index and sort all of the pillar's answered
  // rows (100-350 ms at 100,000). The unary + hides those columns from the index choice. Deep pages would
  // walk too far, so they sort.
  const walk = offset + limit <= WALK_UPDATED_UP_TO;
  const tableWhere = walk
    ? and(publiclyVisible(), sql`+${recommendations.pillarId} = ${pillarId}`, sql`+${recommendations.status} in ${[...OUTCOME_STATUSES]}`)!
    : where;
  const ids = r.period
    ? db
        .select({ id: pr.id })
        .from(pr)
        .where(where)
        .orderBy(...ORDER.updated)
        .limit(limit)
        .offset(offset)
        .all()
    : db
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(tableWhere)
        .orderBy(desc(recommendations.updatedAt), desc(recommendations.id))
        .limit(limit)
        .offset(offset)
        .all();
  const total = r.period
    ? db.select({ n: count() }).from(pr).where(where).get()!.n
    : db.select({ n: count() }).from(recommendations).where(where).get()!.n;
  return { items: selectByIds(ids.map((row) => row.id)), total };
}

/** The recommendations most recently implemented, for the home page. */
export function latestImplemented(count = 3) {
  return cachedUntilPublicChange(
    `latest-implemented:${count}`,
    () => searchRegister({ status: 'implemented', sort: 'updated', page: 1, perPage: count }, { facets: false }) as RegisterPage,
  );
}
