/**
 * The public face of the record, defined in SQL by the public_search migration: the view every public
 * page, export, feed and API reads instead of the recommendations table (see that migration for the
 * consent rules it applies).
 */
import { integer, sqliteView, text } from 'drizzle-orm/sqlite-core';
import {
  CONSENT_LEVELS,
  COUNTRIES,
  LOCALES,
  NOT_ADOPTED_REASONS,
  PUBLIC_TEXT_KINDS,
  RECOMMENDATION_STATUSES,
  SECTORS,
  TRANSLATION_ORIGINS,
} from '../vocabulary';

export { PUBLIC_TEXT_KINDS, type PublicTextKind } from '../vocabulary';

export const publicRecommendations = sqliteView('public_recommendations', {
  id: integer().notNull(),
  ref: text().notNull(),
  pillarId: integer().notNull(),
  language: text({ enum: LOCALES }).notNull(),
  status: text({ enum: RECOMMENDATION_STATUSES }).notNull(),
  sector: text({ enum: SECTORS }).notNull(),
  country: text({ enum: COUNTRIES }).notNull(),
  consent: text({ enum: CONSENT_LEVELS }).notNull(),
  // Null, like title and body, for a summary-only item and a withdrawn text taken down.
  topics: text({ mode: 'json' }).$type<string[]>(),
  notAdoptedReason: text({ enum: NOT_ADOPTED_REASONS }),
  coveredByInitiativeId: integer(),
  mergedIntoId: integer(),
  implementedMeetingId: integer(),
  sourceId: integer(),
  isSample: integer({ mode: 'boolean' }).notNull(),
  submittedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  textKind: text({ enum: PUBLIC_TEXT_KINDS }).notNull(),
  title: text(),
  body: text(),
  translationLocale: text({ enum: LOCALES }),
  translationTitle: text(),
  translationBody: text(),
  translationHumanChecked: integer({ mode: 'boolean' }),
  // Added by the public_translation_state migration.
  translationOrigin: text({ enum: TRANSLATION_ORIGINS }),
  translationCheckedAt: integer({ mode: 'timestamp_ms' }),
  summaryEn: text(),
  summaryEs: text(),
  organization: text(),
  submitterName: text(),
}).existing();
