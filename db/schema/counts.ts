/**
 * Counts the public pages show, kept up to date by the database itself: triggers (the public counts
 * migration) add and take away one recommendation at a time as it is submitted, changes status, is hidden,
 * merged, withdrawn or changes consent, so no page ever recounts 100,000 rows after a write. Each table
 * holds only public recommendations (neither hidden nor confidential), as the public view does.
 * lib/public/counts.ts reads them; lib/public/counts.test.ts compares them with a full recount.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { RECOMMENDATION_STATUSES } from './recommendations';

/**
 * Moves on every committed change to what public pages show (the same triggers), so that answers cached
 * in memory (lib/cache.ts) survive writes that change nothing public: rate limits, sign-ins, stored pages.
 */
export const publicDataVersion = sqliteTable('public_data_version', {
  id: integer().primaryKey(),
  version: integer().notNull(),
});

/**
 * Public recommendations by every value a register filter or a fact sheet counts by. A row whose count
 * fell to 0 stays (readers skip it); rebuilding (a meeting's date changed) drops them.
 */
export const publicCounts = sqliteTable(
  'public_counts',
  {
    pillarId: integer().notNull(),
    status: text({ enum: RECOMMENDATION_STATUSES }).notNull(),
    sector: text().notNull(),
    country: text().notNull(),
    /** The meeting whose period holds the submission day (the first meeting on or after it); 0 after the latest. */
    periodMeetingId: integer().notNull(),
    /** The meeting it was implemented at (recommendations.implemented_meeting_id); 0 for none. */
    implementedMeetingId: integer().notNull(),
    isSample: integer({ mode: 'boolean' }).notNull(),
    /** Entered from a government document (it cites a source) rather than submitted through the site. */
    fromRecord: integer({ mode: 'boolean' }).notNull(),
    /** A public response has been written to it (recommendation_milestones.responded_at is set). */
    responded: integer({ mode: 'boolean' }).notNull(),
    n: integer().notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.pillarId,
        t.status,
        t.sector,
        t.country,
        t.periodMeetingId,
        t.implementedMeetingId,
        t.isSample,
        t.fromRecord,
        t.responded,
      ],
    }),
  ],
);

/** Public recommendations by pillar and the quarter they were submitted in (year × 4 + quarter − 1). */
export const publicSubmissionQuarters = sqliteTable(
  'public_submission_quarters',
  {
    pillarId: integer().notNull(),
    quarter: integer().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.pillarId, t.quarter] })],
);

/** Public recommendations by pillar and the quarter they first became implemented (recommendation_milestones). */
export const publicImplementedQuarters = sqliteTable(
  'public_implemented_quarters',
  {
    pillarId: integer().notNull(),
    quarter: integer().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.pillarId, t.quarter] })],
);

/**
 * Firsts read from a recommendation's public history, which is append-only: when it first became
 * implemented, and when a public response was first written to it. Kept for every recommendation; the
 * readers join the public ones.
 */
export const recommendationMilestones = sqliteTable(
  'recommendation_milestones',
  {
    recommendationId: integer().primaryKey(),
    implementedAt: integer(),
    respondedAt: integer(),
  },
  (t) => [index('recommendation_milestones_implemented_idx').on(t.implementedAt)],
);

/** Public recommendations linked to each initiative: the pillar page lists its initiatives with these. */
export const publicInitiativeLinks = sqliteTable('public_initiative_links', {
  initiativeId: integer().primaryKey(),
  n: integer().notNull(),
});
