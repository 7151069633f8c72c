/**
 * The state, in one reader's language, of a text written in both languages side by side (client-safe: no
 * database). Of the two, one is the original and the other its translation; a person may have checked
 * the translation against the original (lib/translations/text-checks.ts keeps the checks):
 *   original   the reader's language is the original, or the only language the text exists in;
 *   checked    the reader's language is a translation a person checked (when);
 *   unchecked  the reader's language is a translation nobody has checked yet;
 *   missing    nothing in the reader's language: the page shows the original under "available in … only".
 * Which language is the original is the checker's word; before any check it is presumed: English for the
 * record (every source of the record is an English document, see db/seed/record/README.md) and the
 * recommendation's own language for what coordinators write about it (they answer the submitter first).
 */
import type { Locale } from '@/lib/i18n/routing';
import { present, type Written } from '@/lib/i18n/written-text';

/** The record's texts are translations of English documents until a person's check says otherwise. */
export const RECORD_ORIGINAL: Locale = 'en';

/** A check that still holds: made on the words the text has now. */
export type PairCheck = { originalLocale: Locale; checkedAt: Date };

export type PairedState = { state: 'original' | 'checked' | 'unchecked' | 'missing'; checkedAt: Date | null };

export function pairedState(written: Written, locale: Locale, presumedOriginal: Locale, check: PairCheck | null | undefined): PairedState {
  const other: Locale = locale === 'en' ? 'es' : 'en';
  if (!present(written[locale])) return { state: present(written[other]) ? 'missing' : 'original', checkedAt: null };
  const translation = pairedTranslation(written, presumedOriginal, check);
  if (!translation || translation.language !== locale) return { state: 'original', checkedAt: null };
  return { state: translation.state, checkedAt: translation.checkedAt };
}

/**
 * Which of a text's two languages is the translation, and whether a person checked it; null for a text in
 * one language. The pages read one language's state from it (`pairedState`), the open data both.
 */
export function pairedTranslation(written: Written, presumedOriginal: Locale, check: PairCheck | null | undefined) {
  if (!present(written.en) || !present(written.es)) return null;
  const original = check?.originalLocale ?? presumedOriginal;
  const translated: Locale = original === 'en' ? 'es' : 'en';
  return { original, language: translated, state: check ? 'checked' : 'unchecked', checkedAt: check?.checkedAt ?? null } as const;
}
