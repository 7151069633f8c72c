/**
 * Position papers and co-signing organizations (issue 19), and the public copy of a redacted text.
 * Files live outside the web root under the data folder (lib/attachments/storage.ts); only their
 * random stored name, size, type found by content and SHA-256 are here.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { COSIGNER_STATES, COUNTRIES, SECTORS } from '../vocabulary';
import { users } from './accounts';
import { recommendations } from './recommendations';

const timestamp = () => integer({ mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp()
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const ATTACHMENT_TYPES = ['pdf', 'docx', 'odt'] as const;

export const attachments = sqliteTable(
  'attachments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    /** 32 random hex characters; the file's name on disk, never derived from anything the uploader sent. */
    storedName: text().notNull().unique(),
    /** The uploader's file name, cleaned: shown and offered as the download's name. */
    publicName: text().notNull(),
    type: text({ enum: ATTACHMENT_TYPES }).notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    uploadedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** A coordinator hid this one file (the item stays public); the reason is internal. */
    hiddenAt: timestamp(),
    hiddenReason: text(),
    hiddenBy: integer().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('attachments_recommendation_idx').on(t.recommendationId)],
);

export const cosigners = sqliteTable(
  'cosigners',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recommendationId: integer()
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    /** Lower-cased; the invitation is matched to the signed-in person's verified address. */
    email: text().notNull(),
    state: text({ enum: COSIGNER_STATES }).notNull().default('invited'),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    organization: text(),
    sector: text({ enum: SECTORS }),
    country: text({ enum: COUNTRIES }),
    /** The co-signer's own consent to be listed publicly by organization and country. */
    publicConsent: integer({ mode: 'boolean' }).notNull().default(false),
    invitedAt: createdAt(),
    signedAt: timestamp(),
    withdrawnAt: timestamp(),
  },
  (t) => [uniqueIndex('cosigners_item_email_idx').on(t.recommendationId, t.email), index('cosigners_email_idx').on(t.email)],
);

/**
 * The public copy of a recommendation's texts with its active redactions applied (lib/redaction): a column
 * is null where nothing is withheld. The view public_recommendations prefers these columns; triggers
 * refresh the search index from the view when a row changes.
 */
export const redactedTexts = sqliteTable('redacted_texts', {
  recommendationId: integer()
    .primaryKey()
    .references(() => recommendations.id, { onDelete: 'cascade' }),
  title: text(),
  body: text(),
  topics: text({ mode: 'json' }).$type<string[]>(),
  summaryEn: text(),
  summaryEs: text(),
  translationTitle: text(),
  translationBody: text(),
});
