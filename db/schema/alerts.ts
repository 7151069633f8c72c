/**
 * What coordinators choose to be told, and the daily digests sent, so a restart never sends a day's
 * digest twice and the next digest starts where the last one stopped.
 */
import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { SUBMISSION_ALERTS } from '../vocabulary';

export { type Government, SUBMISSION_ALERTS, type SubmissionAlerts } from '../vocabulary';

const timestamp = () => integer({ mode: 'timestamp_ms' });

export const alertPreferences = sqliteTable('alert_preferences', {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  newSubmissions: text({ enum: SUBMISSION_ALERTS }).notNull().default('off'),
  updatedAt: timestamp()
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

/**
 * One row per coordinator and digest day, written in the same transaction as the digest's e-mail: the
 * primary key makes a second digest for the same day impossible, and `coveredUntil` is where the next
 * digest's period starts.
 */
export const digestRuns = sqliteTable(
  'digest_runs',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: text().notNull(), // YYYY-MM-DD, UTC
    coveredFrom: timestamp().notNull(),
    coveredUntil: timestamp().notNull(),
    itemCount: integer().notNull(),
    outboxId: integer(), // null when there was nothing new: no e-mail is sent
    createdAt: timestamp()
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
