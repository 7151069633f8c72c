/**
 * The HLED record: what the two governments report. Pillars, initiatives (workstreams) and their lead
 * agencies, meetings, dated progress updates, and the source documents each item cites.
 * Public texts are stored in both languages side by side (`*En`, `*Es`).
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const GOVERNMENTS = ['us', 'mx'] as const;
export const INITIATIVE_STATES = ['planned', 'active', 'completed'] as const;
export const MEETING_KINDS = ['relaunch', 'ministerial', 'mid_year_review', 'fact_sheet', 'stakeholder_consultation'] as const;
export const PROGRESS_KINDS = ['accomplishment', 'intention'] as const;

const createdAt = () => integer({ mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const sources = sqliteTable('sources', {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  file: text().notNull(),
  titleEn: text().notNull(),
  titleEs: text().notNull(),
  publisher: text().notNull(),
  date: text().notNull(), // YYYY-MM-DD
  url: text(),
  secondary: integer({ mode: 'boolean' }).notNull().default(false),
});

export const agencies = sqliteTable('agencies', {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  government: text({ enum: GOVERNMENTS }).notNull(),
  acronym: text().notNull(),
  nameEn: text().notNull(),
  nameEs: text().notNull(),
});

export const pillars = sqliteTable('pillars', {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  number: integer().notNull().unique(),
  titleEn: text().notNull(),
  titleEs: text().notNull(),
  purposeEn: text().notNull(),
  purposeEs: text().notNull(),
});

export const pillarSources = sqliteTable(
  'pillar_sources',
  {
    pillarId: integer().notNull().references(() => pillars.id, { onDelete: 'cascade' }),
    sourceId: integer().notNull().references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.pillarId, t.sourceId] })],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    date: text().notNull(), // YYYY-MM-DD
    kind: text({ enum: MEETING_KINDS }).notNull(),
    titleEn: text().notNull(),
    titleEs: text().notNull(),
    placeEn: text(),
    placeEs: text(),
    summaryEn: text().notNull(),
    summaryEs: text().notNull(),
    usLeads: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    mxLeads: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_date_idx').on(t.date)],
);

export const meetingSources = sqliteTable(
  'meeting_sources',
  {
    meetingId: integer().notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    sourceId: integer().notNull().references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.sourceId] })],
);

export const initiatives = sqliteTable(
  'initiatives',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    pillarId: integer().notNull().references(() => pillars.id),
    titleEn: text().notNull(),
    titleEs: text().notNull(),
    descriptionEn: text().notNull(),
    descriptionEs: text().notNull(),
    state: text({ enum: INITIATIVE_STATES }).notNull().default('active'),
    // Optimistic concurrency: an edit names the version it started from.
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index('initiatives_pillar_idx').on(t.pillarId)],
);

export const initiativeLeads = sqliteTable(
  'initiative_leads',
  {
    initiativeId: integer().notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
    agencyId: integer().notNull().references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.agencyId] })],
);

export const initiativeSources = sqliteTable(
  'initiative_sources',
  {
    initiativeId: integer().notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
    sourceId: integer().notNull().references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.sourceId] })],
);

export const progressUpdates = sqliteTable(
  'progress_updates',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer().notNull().references(() => initiatives.id),
    meetingId: integer().references(() => meetings.id),
    date: text().notNull(), // YYYY-MM-DD: when the accomplishment happened or was reported
    kind: text({ enum: PROGRESS_KINDS }).notNull().default('accomplishment'),
    textEn: text().notNull(),
    textEs: text().notNull(),
    figureValue: real(),
    figureUnitEn: text(),
    figureUnitEs: text(),
    // A seeded update cites its source document; one a coordinator records cites its author instead.
    sourceId: integer().references(() => sources.id),
    createdBy: integer(), // users.id; not a foreign key so the record survives account removal
    // Identifies a seeded row so seeding again changes nothing.
    seedKey: text().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    index('progress_initiative_date_idx').on(t.initiativeId, t.date),
    index('progress_meeting_idx').on(t.meetingId),
  ],
);
