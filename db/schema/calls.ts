/**
 * Calls for input: the frame of each dialogue round. A call is tied to the meeting it prepares, covers some
 * pillars, may ask questions per pillar, and accepts answers between its opening and closing instants (UTC).
 * Answers are recommendations; `call_answers` says which call (and question) each answered, and how it arrived.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ANSWER_CHANNELS, CALL_EMAIL_KINDS, CALL_STATES } from '../vocabulary';
import { users } from './accounts';
import { recommendations } from './recommendations';
import { meetings, pillars, sources } from './record';

export { ANSWER_CHANNELS, CALL_STATES, type CallState } from '../vocabulary';

const timestamp = () => integer({ mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp()
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const calls = sqliteTable(
  'calls',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id),
    titleEn: text().notNull(),
    titleEs: text().notNull(),
    introEn: text().notNull(),
    introEs: text().notNull(),
    state: text({ enum: CALL_STATES }).notNull().default('draft'),
    opensAt: timestamp().notNull(),
    closesAt: timestamp().notNull(),
    // A consultation of the seeded record cites the document that describes it.
    sourceId: integer().references(() => sources.id),
    isSample: integer({ mode: 'boolean' }).notNull().default(false),
    // Whether the "closing soon" reminder went out (sent once, by the scheduler).
    reminderSentAt: timestamp(),
    createdBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('calls_state_closes_idx').on(t.state, t.closesAt)],
);

export const callPillars = sqliteTable(
  'call_pillars',
  {
    callId: integer()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
  },
  (t) => [primaryKey({ columns: [t.callId, t.pillarId] }), index('call_pillars_pillar_idx').on(t.pillarId)],
);

export const callQuestions = sqliteTable(
  'call_questions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    callId: integer()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
    textEn: text().notNull(),
    textEs: text().notNull(),
  },
  (t) => [index('call_questions_call_idx').on(t.callId)],
);

/** The recommendation that answered a call: one call per recommendation (a later call reaffirms it instead). */
export const callAnswers = sqliteTable(
  'call_answers',
  {
    recommendationId: integer()
      .primaryKey()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    callId: integer()
      .notNull()
      .references(() => calls.id),
    questionId: integer().references(() => callQuestions.id),
    channel: text({ enum: ANSWER_CHANNELS }).notNull().default('form'),
    // A coordinator who recorded input received in a meeting or by letter.
    recordedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('call_answers_call_idx').on(t.callId)],
);

/** A person's subscription to a pillar's calls: opening, reminder before closing, digest when reported. */
export const pillarSubscriptions = sqliteTable(
  'pillar_subscriptions',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pillarId: integer()
      .notNull()
      .references(() => pillars.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.pillarId] }), index('pillar_subscriptions_pillar_idx').on(t.pillarId)],
);

/** Which call e-mail went to whom: each is sent once, whatever retries or restarts happen. */
export const callEmails = sqliteTable(
  'call_emails',
  {
    callId: integer()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text({ enum: CALL_EMAIL_KINDS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.userId, t.kind] })],
);
