import type { Locale } from './routing';

type Suffixed<K extends string> = `${K}En` | `${K}Es`;

/**
 * Picks the visitor's language from a row of the record that stores both (`titleEn`, `titleEs`).
 * Falls back to the other language rather than showing nothing. Texts coordinators write in one
 * language or both (responses, explanations, notes) go through written-text.ts instead, which marks
 * a text shown in the other language as not yet translated.
 */
export function localized<K extends string, T extends Partial<Record<Suffixed<K>, string | null>>>(row: T, key: K, locale: Locale): string {
  const own = row[`${key}${locale === 'en' ? 'En' : 'Es'}` as Suffixed<K>];
  const other = row[`${key}${locale === 'en' ? 'Es' : 'En'}` as Suffixed<K>];
  return own ?? other ?? '';
}

/** Record dates are calendar dates (YYYY-MM-DD); read them at noon UTC so no time zone moves the day. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
