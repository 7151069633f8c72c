/**
 * Answers the pages compute again and again (counts per filter value, charts, lists) kept in memory until
 * what they read changes.
 *
 * - `cachedUntilPublicChange`: for public pages. The stamp is `public_data_version`, which the database's
 *   own triggers move on every committed change to something public pages show (the public counts
 *   migration lists the tables). Writes that change nothing public (rate limits counted per request,
 *   sign-ins, stored pages' invalidations, e-mail) leave these answers in place, in every process.
 * - `cachedUntilChange`: for anything else (the coordinators' queue). The stamp is SQLite's own:
 *   `PRAGMA data_version` moves when another connection commits, `total_changes()` when this one writes.
 *
 * Either way a cached answer is never stale: an answer is kept only if the stamp was the same before and
 * after computing it (a commit by another process in between could have been half seen), and nothing
 * computed inside a transaction is kept (it may see writes that are then rolled back).
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

const MAX_ENTRIES = 500;
type Db = ReturnType<typeof getDb>;
type Entries = Map<string, { stamp: string; value: unknown }>;
// Per connection: a stamp means nothing for another database file (tests open one per file). Kept on
// globalThis, like the connection itself (db/shared.ts): each route bundle has its own copy of this module.
const globalForCache = globalThis as typeof globalThis & { hledPublicCache?: WeakMap<object, Entries> };
const caches = (globalForCache.hledPublicCache ??= new WeakMap<object, Entries>());

function anyChangeStamp(db: Db): string {
  const version = db.$client.pragma('data_version', { simple: true }) as number;
  const changes = db.get<{ n: number }>(sql`select total_changes() as n`).n;
  return `any:${version}:${changes}`;
}

function publicChangeStamp(db: Db): string {
  const row = db.get<{ version: number } | undefined>(sql`select version from public_data_version where id = 1`);
  return `public:${row?.version ?? 0}`;
}

function cached<T>(stampOf: (db: Db) => string, key: string, compute: () => T): T {
  const db = getDb();
  if (db.$client.inTransaction) return compute();
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const stamp = stampOf(db);
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest is evicted first.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  if (stampOf(db) !== stamp) return value;
  entries.set(key, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Kept until any write to the database (this process's or another's). */
export function cachedUntilChange<T>(key: string, compute: () => T): T {
  return cached(anyChangeStamp, key, compute);
}

/** Kept until a change to what public pages show (public_data_version). */
export function cachedUntilPublicChange<T>(key: string, compute: () => T): T {
  return cached(publicChangeStamp, key, compute);
}
