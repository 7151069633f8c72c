/**
 * The HLED record: what the two governments report. Pillars, initiatives (workstreams) and their lead
 * agencies, meetings, dated progress updates, and the source documents each item cites.
 * Public texts are stored in both languages side by side (`*En`, `*Es`).
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CORRECTION_LANGUAGES,
  CORRECTION_OUTCOMES,
  CORRECTION_TARGETS,
  FIGURE_QUALIFIERS,
  GOVERNMENTS,
  INITIATIVE_STATES,
  MEETING_KINDS,
  PROGRESS_KINDS,
} from '../vocabulary';

export { FIGURE_QUALIFIERS, GOVERNMENTS, INITIATIVE_STATES, MEETING_KINDS, PROGRESS_KINDS, type FigureQualifier } from '../vocabulary';

const createdAt = () =>
  integer({ mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

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
    pillarId: integer()
      .notNull()
      .references(() => pillars.id, { onDelete: 'cascade' }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
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
    // Delegation leads, "Name, office", in English; the *Es lists give the same people with their titles in
    // Spanish, line for line (empty: not yet translated, and the English is shown).
    usLeads: text({ mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    mxLeads: text({ mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    usLeadsEs: text({ mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    mxLeadsEs: text({ mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_date_idx').on(t.date)],
);

export const meetingSources = sqliteTable(
  'meeting_sources',
  {
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.sourceId] })],
);

export const initiatives = sqliteTable(
  'initiatives',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
    titleEn: text().notNull(),
    titleEs: text().notNull(),
    descriptionEn: text().notNull(),
    descriptionEs: text().notNull(),
    state: text({ enum: INITIATIVE_STATES }).notNull().default('active'),
    stateChangedOn: text(), // YYYY-MM-DD: when the state last changed (null: not recorded since seeding)
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
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.agencyId] })],
);

export const initiativeSources = sqliteTable(
  'initiative_sources',
  {
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.sourceId] })],
);

export const progressUpdates = sqliteTable(
  'progress_updates',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    meetingId: integer().references(() => meetings.id),
    date: text().notNull(), // YYYY-MM-DD: when the accomplishment happened or was reported
    kind: text({ enum: PROGRESS_KINDS }).notNull().default('accomplishment'),
    textEn: text().notNull(),
    textEs: text().notNull(),
    figureValue: real(),
    figureUnitEn: text(),
    figureUnitEs: text(),
    figureQualifier: text({ enum: FIGURE_QUALIFIERS }),
    // A seeded update cites its source document; one a coordinator records cites its author instead.
    sourceId: integer().references(() => sources.id),
    createdBy: integer(), // users.id; not a foreign key so the record survives account removal
    // Who recorded it as shown publicly ("Name, U.S. coordinator"), kept as written so it survives account removal.
    recordedBy: text(),
    // A coordinator's source: a document (title, date, address) or, when meetingId is set, "reported at" it.
    sourceTitle: text(),
    sourceDate: text(), // YYYY-MM-DD
    sourceUrl: text(),
    // A correction is a new entry naming the one it corrects and why; the corrected entry is never changed.
    correctsId: integer(),
    correctionReasonEn: text(),
    correctionReasonEs: text(),
    // Identifies a seeded row so seeding again changes nothing.
    seedKey: text().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('progress_initiative_date_idx').on(t.initiativeId, t.date), index('progress_meeting_idx').on(t.meetingId)],
);

export {
  CORRECTION_LANGUAGES,
  CORRECTION_OUTCOMES,
  CORRECTION_TARGETS,
  type CorrectionOutcome,
  type CorrectionTarget,
} from '../vocabulary';

/**
 * Dated corrections of the seeded record (db/seed/record/corrections.json), one row per corrected item,
 * written once when a database first meets the correction, and shown beside the item like a newspaper's
 * correction note. Like the history, it is only ever appended to (see the corrections migration).
 */
export const recordCorrections = sqliteTable(
  'record_corrections',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    correctionId: text().notNull(), // the correction's id in corrections.json
    correctedOn: text().notNull(), // YYYY-MM-DD: when the record was corrected
    targetKind: text({ enum: CORRECTION_TARGETS }).notNull(),
    targetId: integer().notNull(), // the row of that kind's table
    outcome: text({ enum: CORRECTION_OUTCOMES }).notNull(),
    // Which readers the note is for: a change to the Spanish wording only concerns Spanish pages.
    languages: text({ enum: CORRECTION_LANGUAGES }).notNull(),
    // A presentation change (a figure's qualifier moved before the number) is recorded but not announced.
    isPublic: integer({ mode: 'boolean' }).notNull(),
    noteEn: text().notNull(),
    noteEs: text().notNull(),
    sourceId: integer().references(() => sources.id),
    sourceLine: text(), // e.g. "L537" in the source document's text copy
    sourceQuote: text(),
    changes: text({ mode: 'json' }).$type<{ path: string; before: unknown; after: unknown }[]>().notNull(),
    appliedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('record_corrections_item_idx').on(t.correctionId, t.targetKind, t.targetId),
    index('record_corrections_target_idx').on(t.targetKind, t.targetId),
  ],
);
