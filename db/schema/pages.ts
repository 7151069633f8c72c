/**
 * When stored public pages were last invalidated, by cache tag: written by the page store
 * (lib/page-store/handler.mjs) when an action revalidates a page, read before a stored page is served.
 * In the database rather than in memory so that every server process on the machine sees an
 * invalidation at once: a hidden item must be gone from all of them before the action answers.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const pageRevalidations = sqliteTable('page_revalidations', {
  tag: text().primaryKey(),
  /** Milliseconds since the epoch: a stored page made before this is not served again. */
  expiredAt: integer().notNull(),
});
