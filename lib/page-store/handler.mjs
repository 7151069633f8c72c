// @ts-check
/**
 * Where Next.js keeps the public pages it renders once and serves again (ISR), in place of its default
 * store (next.config.js `cacheHandler`). The default writes every page ever rendered to `.next/` without
 * limit, and addresses such as /en/recommendations/HLED-2026-123456 are chosen by visitors, so it would
 * let anyone fill the disk. This store:
 *
 * - keeps pages in memory, least recently used first out, within PAGE_STORE_MAX_MB (default 256): a page
 *   that falls out is simply rendered again on its next visit;
 * - never keeps a "not found" answer, so unknown addresses cost a render each and cannot push out real
 *   pages;
 * - records invalidations (revalidatePath/revalidateTag, i.e. expired cache tags) in the database's
 *   page_revalidations table, and checks them before serving a page. Every server process on the machine
 *   shares the database, so when an action hides an item in one process, no process serves the old page
 *   again. Without the database (during `next build`) it remembers them in memory.
 *
 * - purges the same pages from a shared cache in front of the app, if one is configured (purge.mjs).
 *
 * Plain JavaScript: Next.js loads this file at run time, outside the bundles.
 */

import { purgeSharedCache } from './purge.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
const MB = 1024 * 1024;
/** How many addresses' latest lookups are remembered (see `lookups`); older ones are dropped first. */
const MAX_LOOKUPS = 10_000;

/** @typedef {{ value: any, lastModified: number, cacheControl: unknown, tags: string[], size: number }} Entry */

/** @type {typeof globalThis & { hledPageStore?: { entries: Map<string, Entry>, bytes: number }, hledDb?: { $client?: any } }} */
const shared = globalThis;
// One store per process even if this module is loaded more than once.
const store = (shared.hledPageStore ??= { entries: new Map(), bytes: 0 });

/** Invalidations when there is no database (build time): tag → when. */
const memoryExpirations = new Map();

/**
 * When each address was last looked up. Next.js looks a page up, and on a miss or a stale page renders
 * it and stores the result; a page is stored as of that lookup, so that a render which read the data
 * before an invalidation but finished after it counts as older than the invalidation, and is not served.
 * @type {Map<string, number>}
 */
const lookups = new Map();

/** @param {string} key */
function rememberLookup(key) {
  lookups.delete(key);
  lookups.set(key, Date.now());
  if (lookups.size > MAX_LOOKUPS) lookups.delete(/** @type {string} */ (lookups.keys().next().value));
}

function maxBytes() {
  const mb = Number(process.env.PAGE_STORE_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 256) * MB;
}

/** The database connection the app opened (db/shared.ts keeps it on globalThis), if any. */
function database() {
  const client = shared.hledDb?.$client;
  return client && client.open ? client : null;
}

/** @param {string[]} tags @returns {number} the latest invalidation of any of these tags, 0 if none */
export function lastExpiration(tags) {
  let latest = 0;
  for (const tag of tags) latest = Math.max(latest, memoryExpirations.get(tag) ?? 0);
  const db = database();
  if (db && tags.length > 0) latest = Math.max(latest, latestExpirationQuery(db, tags.length).get(...tags)?.at ?? 0);
  return latest;
}

/**
 * The query behind every stored page served, prepared once per connection and number of tags: preparing
 * it on each lookup cost about a tenth of a millisecond, some 4 % of a stored page's CPU time.
 * @type {WeakMap<object, Map<number, any>>}
 */
const expirationQueries = new WeakMap();

/** @param {any} db @param {number} count */
function latestExpirationQuery(db, count) {
  let byCount = expirationQueries.get(db);
  if (!byCount) expirationQueries.set(db, (byCount = new Map()));
  let query = byCount.get(count);
  if (!query) {
    const placeholders = Array.from({ length: count }, () => '?').join(',');
    query = db.prepare(`SELECT max(expired_at) AS at FROM page_revalidations WHERE tag IN (${placeholders})`);
    byCount.set(count, query);
  }
  return query;
}

/** @param {string[]} tags @param {number} at */
export function expireTags(tags, at) {
  for (const tag of tags) memoryExpirations.set(tag, at);
  const db = database();
  if (!db || tags.length === 0) return;
  const upsert = db.prepare(
    'INSERT INTO page_revalidations (tag, expired_at) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET expired_at = max(expired_at, excluded.expired_at)',
  );
  db.transaction(() => {
    for (const tag of tags) upsert.run(tag, at);
  })();
}

/** @param {any} value @param {{ tags?: string[] }} [ctx] */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string' && header) return header.split(',');
  return [...(value?.tags ?? []), ...(ctx?.tags ?? [])];
}

/** @param {any} value */
function sizeOf(value) {
  const length = (/** @type {any} */ part) =>
    part == null ? 0 : typeof part === 'string' ? part.length : (part.length ?? part.byteLength ?? 0);
  let size = length(value.html) + length(value.rscData) + length(value.body) + length(value.postponed);
  if (value.segmentData) for (const [path, buffer] of value.segmentData) size += path.length + length(buffer);
  if (value.kind === 'FETCH') size += JSON.stringify(value.data ?? '').length;
  return Math.max(size, 1);
}

/** @param {string} key */
function forget(key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.size;
}

export default class PageStore {
  /** @param {unknown} [_options] Next.js's options for its own store; none apply here. */
  constructor(_options) {}

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [ctx] */
  async get(key, ctx) {
    rememberLookup(key);
    const entry = store.entries.get(key);
    if (!entry) return null;
    if (lastExpiration([...entry.tags, ...(ctx?.softTags ?? [])]) >= entry.lastModified) {
      forget(key);
      return null;
    }
    // Most recently used last, so the least recently used is the first out.
    store.entries.delete(key);
    store.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: unknown, fetchCache?: boolean }} [ctx] */
  async set(key, value, ctx) {
    forget(key);
    const renderedAsOf = lookups.get(key) ?? Date.now();
    lookups.delete(key);
    if (!value || value.status === 404) return;
    const tags = tagsOf(value, ctx);
    const size = sizeOf(value) + key.length;
    const limit = maxBytes();
    if (size > limit / 4) return;
    store.entries.set(key, {
      value,
      lastModified: renderedAsOf,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags,
      size,
    });
    store.bytes += size;
    for (const oldest of store.entries.keys()) {
      if (store.bytes <= limit) break;
      forget(oldest);
    }
  }

  /**
   * revalidatePath and revalidateTag: whatever the profile, the pages go at once, here and then in the
   * shared cache, if there is one (purge.mjs). Next.js awaits this before the action answers.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    expireTags(list, Date.now());
    await purgeSharedCache(list);
  }

  resetRequestCache() {}
}

/** For tests and the bench's report: how much the store holds now. */
export function storeSize() {
  return { pages: store.entries.size, bytes: store.bytes };
}
