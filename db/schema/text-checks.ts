/**
 * A person's check of a text written in both languages side by side (lib/translations/paired.ts): which
 * language is the original, who checked the other against it, and when. The check holds for the words
 * it was made on (`digest`, of both texts): an edit to either makes the translation unchecked again
 * without its writer having to know about checks, and history events, which never change, keep theirs.
 */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES, PAIRED_TEXTS } from '../vocabulary';
import { users } from './accounts';

export const textChecks = sqliteTable(
  'text_checks',
  {
    text: text({ enum: PAIRED_TEXTS }).notNull(),
    // The text's owner: a history event's id, "<recommendation id>:<initiative id>" for a link, a
    // recommendation's, initiative's or progress update's id.
    key: text().notNull(),
    originalLocale: text({ enum: LOCALES }).notNull(),
    digest: text().notNull(),
    checkedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    checkedAt: integer({ mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.text, t.key] })],
);
