/**
 * Evidence for the record: initiative milestones, the open-data snapshots frozen when a meeting's fact
 * sheet is published, and how submitters hear about progress on initiatives that took up their input.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PROGRESS_NEWS } from '../vocabulary';
import { users } from './accounts';
import { initiatives, meetings, progressUpdates, sources } from './record';

export { PROGRESS_NEWS, type ProgressNews } from '../vocabulary';

const timestamp = () =>
  integer({ mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    titleEn: text().notNull(),
    titleEs: text().notNull(),
    targetDate: text(), // YYYY-MM-DD, or null when the source gives none
    doneDate: text(), // YYYY-MM-DD once done
    sourceId: integer().references(() => sources.id),
    seedKey: text().unique(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  },
  (t) => [index('milestones_initiative_idx').on(t.initiativeId)],
);

/** The record as of a meeting: frozen once, never changed; the bodies are kept so the checksum always matches. */
export const snapshots = sqliteTable(
  'snapshots',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id),
    slug: text().notNull(), // the meeting's slug at the time: the snapshot's stable address
    takenAt: timestamp(),
    json: text().notNull(),
    csv: text().notNull(),
    jsonSha256: text().notNull(),
    csvSha256: text().notNull(),
    createdBy: integer(),
  },
  (t) => [uniqueIndex('snapshots_slug_idx').on(t.slug), uniqueIndex('snapshots_meeting_idx').on(t.meetingId)],
);

export const progressNewsPreferences = sqliteTable('progress_news_preferences', {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  mode: text({ enum: PROGRESS_NEWS }).notNull().default('immediate'),
  updatedAt: timestamp(),
});

/** News waiting for a submitter: one row per (person, progress update or milestone, recommendation). */
export const progressNews = sqliteTable(
  'progress_news',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recommendationRef: text().notNull(),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    progressUpdateId: integer().references(() => progressUpdates.id),
    milestoneId: integer().references(() => milestones.id),
    createdAt: timestamp(),
    outboxId: integer(), // set when the e-mail that told them was queued
  },
  (t) => [index('progress_news_pending_idx').on(t.userId, t.outboxId)],
);

/** One row per person and UTC day an e-mail about progress went out: the key makes a second one that day impossible. */
export const progressNewsSends = sqliteTable(
  'progress_news_sends',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: text().notNull(),
    outboxId: integer().notNull(),
    createdAt: timestamp(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);
