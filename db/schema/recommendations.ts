/**
 * Stakeholder recommendations and what the governments did with them: links to initiatives,
 * each government's position, bilateral confirmations, translations, redactions and dialogue rounds.
 */
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  CONSENT_LEVELS,
  COUNTRIES,
  FUNDING_DECLARATIONS,
  GOVERNMENTS,
  LOCALES,
  NOT_ADOPTED_REASONS,
  POSITIONS,
  RECOMMENDATION_STATUSES,
  REDACTION_FIELDS,
  REDACTION_REASONS,
  SECTORS,
  TRANSLATION_ORIGINS,
} from '../vocabulary';
import { users } from './accounts';
import { calls } from './calls';
import { initiatives, meetings, pillars, sources } from './record';

export {
  CONSENT_LEVELS,
  FUNDING_DECLARATIONS,
  NOT_ADOPTED_REASONS,
  POSITIONS,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../vocabulary';

const timestamp = () => integer({ mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp()
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const recommendations = sqliteTable(
  'recommendations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    ref: text().notNull().unique(), // HLED-<year>-<sequence>
    submitterId: integer().references(() => users.id, { onDelete: 'set null' }),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
    // The original text in the language it was written in is the authoritative one.
    language: text({ enum: LOCALES }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    topics: text({ mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sector: text({ enum: SECTORS }).notNull(),
    organization: text(),
    organizationIdentifier: text(), // e.g. a U.S. EIN or a Mexican RFC; never public
    fundingDeclaration: text({ enum: FUNDING_DECLARATIONS }).notNull().default('none'),
    country: text({ enum: COUNTRIES }).notNull(),
    consent: text({ enum: CONSENT_LEVELS }).notNull(),
    // For consent 'summary_only': the public summary a coordinator writes.
    publicSummaryEn: text(),
    publicSummaryEs: text(),
    status: text({ enum: RECOMMENDATION_STATUSES }).notNull().default('received'),
    notAdoptedReason: text({ enum: NOT_ADOPTED_REASONS }),
    coveredByInitiativeId: integer().references(() => initiatives.id),
    mergedIntoId: integer().references((): AnySQLiteColumn => recommendations.id),
    hiddenReason: text(), // internal only
    withdrawnReason: text(),
    hideTextWhenWithdrawn: integer({ mode: 'boolean' }).notNull().default(false),
    // Bilateral confirmation: the status a coordinator asked for that awaits the other government.
    pendingStatus: text({ enum: RECOMMENDATION_STATUSES }),
    implementedMeetingId: integer().references(() => meetings.id),
    assigneeId: integer().references(() => users.id, { onDelete: 'set null' }),
    // A recommendation from the seeded public record cites the document that reported it.
    sourceId: integer().references(() => sources.id),
    isSample: integer({ mode: 'boolean' }).notNull().default(false),
    version: integer().notNull().default(1),
    submittedAt: timestamp().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [
    index('recommendations_status_idx').on(t.status, t.submittedAt),
    // With consent, it covers the public counts per pillar and status (hidden and confidential left out).
    index('recommendations_pillar_status_idx').on(t.pillarId, t.status, t.consent),
    index('recommendations_submitter_idx').on(t.submitterId, t.submittedAt),
    index('recommendations_assignee_idx').on(t.assigneeId),
    // The public register's default orders (newest submitted, recently updated) read these instead of sorting.
    index('recommendations_submitted_idx').on(t.submittedAt),
    index('recommendations_updated_idx').on(t.updatedAt),
    // The coordinators' queue filtered by pillar and status, newest first.
    index('recommendations_queue_idx').on(t.pillarId, t.status, t.submittedAt),
    // A recommendation's page lists the duplicates merged into it.
    index('recommendations_merged_into_idx').on(t.mergedIntoId),
    // The queue's "awaiting my government's confirmation": the few items with a pending status.
    index('recommendations_pending_idx')
      .on(t.pendingStatus, t.pillarId)
      .where(sql`${t.pendingStatus} is not null`),
    // The register's meeting filter and a fact sheet: the items implemented at a meeting (a few thousand of 100,000).
    index('recommendations_implemented_meeting_idx')
      .on(t.implementedMeetingId)
      .where(sql`${t.implementedMeetingId} is not null`),
  ],
);

/** Gap-free reference numbers per year: allocated inside the submission's write transaction. */
export const referenceCounters = sqliteTable('reference_counters', {
  year: integer().primaryKey(),
  lastSequence: integer().notNull(),
});

export const recommendationInitiatives = sqliteTable(
  'recommendation_initiatives',
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    initiativeId: integer()
      .notNull()
      .references(() => initiatives.id),
    explanationEn: text(),
    explanationEs: text(),
    linkedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.initiativeId] }),
    index('recommendation_initiatives_initiative_idx').on(t.initiativeId),
  ],
);

/** Each government's own position; the dialogue is bilateral, so neither side writes the other's. */
export const governmentPositions = sqliteTable(
  'government_positions',
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    government: text({ enum: GOVERNMENTS }).notNull(),
    position: text({ enum: POSITIONS }).notNull(),
    noteEn: text(),
    noteEs: text(),
    updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.government] })],
);

/** A government's confirmation of a pending status (e.g. implemented) under bilateral confirmation. */
export const statusConfirmations = sqliteTable(
  'status_confirmations',
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    status: text({ enum: RECOMMENDATION_STATUSES }).notNull(),
    government: text({ enum: GOVERNMENTS }).notNull(),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.status, t.government] })],
);

/** A translation is shown beside the original, never instead of it. */
export const recommendationTranslations = sqliteTable(
  'recommendation_translations',
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    locale: text({ enum: LOCALES }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    humanChecked: integer({ mode: 'boolean' }).notNull().default(false),
    // Who wrote it: a person, or a machine-translation service (a draft until a person checks it).
    origin: text({ enum: TRANSLATION_ORIGINS }).notNull().default('person'),
    // The person who vouched for it, and when; both null while it is unchecked.
    checkedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    checkedAt: timestamp(),
    updatedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.locale] })],
);

/**
 * A passage of a public text withheld with a recorded reason (lib/redaction). The original stays in its
 * table for coordinators and the submitter; the public copy is `redacted_texts`. `passage` is the exact
 * words withheld, so a later edit that keeps them keeps them withheld. Lifting keeps the row (history).
 */
export const redactions = sqliteTable(
  'redactions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    field: text({ enum: REDACTION_FIELDS }).notNull(),
    /** For field 'attachment_name': which attachment (db/schema/papers.ts; no foreign key to keep the modules apart). */
    attachmentId: integer(),
    passage: text().notNull(),
    reason: text({ enum: REDACTION_REASONS }).notNull(),
    reasonText: text(),
    createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    liftedAt: timestamp(),
    liftedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    liftReason: text(),
  },
  (t) => [index('redactions_recommendation_idx').on(t.recommendationId)],
);

/** Dialogue rounds: a recommendation raised at one meeting's consultation, reaffirmed at a later one. */
export const recommendationRounds = sqliteTable(
  'recommendation_rounds',
  {
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id),
    role: text({ enum: ['raised', 'reaffirmed', 'reported'] }).notNull(),
    // The call for input the item answered (raised) or was reaffirmed into; null for the seeded record's rows.
    callId: integer().references((): AnySQLiteColumn => calls.id),
    // The submitter's optional update note when reaffirming.
    note: text(),
    at: timestamp(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.meetingId, t.role] })],
);
