/**
 * What a text coordinators write in English, Spanish or both (a public response, a link's explanation,
 * a position's note) shows to a reader of one language. Each language is stored as it was written,
 * null when it was not; nothing is ever copied from the other language or from an earlier event.
 * A reader whose language is missing reads the other one, marked with its language and as not yet
 * translated: never an older text, never a silent substitute.
 */
import type { Locale } from './routing';

export type Written = { en: string | null | undefined; es: string | null | undefined };

/** The text a reader of `locale` is shown, its language, and the language it exists in alone when it is not theirs. */
export type ShownText = { text: string; lang: Locale; onlyIn: Locale | null };

/** Whether a text was written: a blank one counts as not written. */
export const present = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';

/** The languages a text was written in, English first: what the open data says beside the texts. */
export function writtenIn(written: Written): Locale[] {
  return (['en', 'es'] as const).filter((locale) => present(written[locale]));
}

/** What a reader of `locale` reads, or null when nothing was written in either language. */
export function shownTo(locale: Locale, written: Written): ShownText | null {
  const own = written[locale];
  if (present(own)) return { text: own, lang: locale, onlyIn: null };
  const otherLocale: Locale = locale === 'en' ? 'es' : 'en';
  const other = written[otherLocale];
  return present(other) ? { text: other, lang: otherLocale, onlyIn: otherLocale } : null;
}

/** A history row's public response, as a Written pair. */
export const responseOf = (row: { publicResponseEn?: string | null; publicResponseEs?: string | null }): Written => ({
  en: row.publicResponseEn,
  es: row.publicResponseEs,
});
