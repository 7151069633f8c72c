/**
 * Answers the public pages compute again and again (counts per filter value, charts) kept until the
 * database changes. The change stamp is SQLite's own: `PRAGMA data_version` moves when another
 * connection commits, `total_changes()` when this one writes. So a cached count is never stale, and
 * on a read-mostly site each is computed once per change instead of once per visitor.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

const MAX_ENTRIES = 500;
type Entries = Map<string, { stamp: string; value: unknown }>;
// Per connection: a stamp means nothing for another database file (tests open one per file). Kept on
// globalThis, like the connection itself (db/shared.ts): each route bundle has its own copy of this module.
const globalForCache = globalThis as typeof globalThis & { hledPublicCache?: WeakMap<object, Entries> };
const caches = (globalForCache.hledPublicCache ??= new WeakMap<object, Entries>());

function changeStamp(db: ReturnType<typeof getDb>): string {
  const version = db.$client.pragma('data_version', { simple: true }) as number;
  const changes = db.get<{ n: number }>(sql`select total_changes() as n`).n;
  return `${version}:${changes}`;
}

export function cachedUntilChange<T>(key: string, compute: () => T): T {
  const db = getDb();
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const stamp = changeStamp(db);
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest is evicted first.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  entries.set(key, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
