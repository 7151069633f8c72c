/**
 * What happened, kept for good: the append-only history of every recommendation (the database refuses
 * updates and deletes, see the triggers migration), coordinators' internal notes, notifications to
 * submitters, and an audit log of actions on the rest of the record.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { HISTORY_KINDS, NOTIFICATION_KINDS, RECOMMENDATION_STATUSES, ROLES } from '../vocabulary';
import { users } from './accounts';
import { recommendations } from './recommendations';

export { HISTORY_KINDS, type HistoryKind, NOTIFICATION_KINDS, SUBMITTER_NOTIFICATION_KINDS } from '../vocabulary';

const createdAt = () =>
  integer({ mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const historyEvents = sqliteTable(
  'history_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id),
    actorId: integer().references(() => users.id),
    actorRole: text({ enum: [...ROLES, 'system'] }).notNull(),
    kind: text({ enum: HISTORY_KINDS }).notNull(),
    fromStatus: text({ enum: RECOMMENDATION_STATUSES }),
    toStatus: text({ enum: RECOMMENDATION_STATUSES }),
    // Public events appear on the recommendation's timeline and in the public log of decisions.
    isPublic: integer({ mode: 'boolean' }).notNull(),
    publicResponseEn: text(),
    publicResponseEs: text(),
    internalReason: text(),
    details: text({ mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('history_recommendation_idx').on(t.recommendationId, t.createdAt),
    index('history_public_idx').on(t.isPublic, t.createdAt),
    // A stakeholder's submissions in the last hour and day (the submission limits), read on every submission.
    index('history_actor_idx').on(t.actorId, t.kind, t.createdAt),
  ],
);

export const internalNotes = sqliteTable(
  'internal_notes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('internal_notes_recommendation_idx').on(t.recommendationId)],
);

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recommendationId: integer().references(() => recommendations.id, { onDelete: 'cascade' }),
    historyEventId: integer().references(() => historyEvents.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    readAt: integer({ mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** Coordinator and administrator actions outside a recommendation's history (initiatives, users, settings). */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer().references(() => users.id),
    action: text().notNull(), // e.g. "initiative.update", "user.deactivate"
    objectType: text().notNull(),
    objectId: text().notNull(),
    details: text({ mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_object_idx').on(t.objectType, t.objectId)],
);
