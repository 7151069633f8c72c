/**
 * A recommendation's public text in one reader's language, as a state (client-safe: no database):
 *   original   the reader's language is the one it was written in;
 *   checked    a translation into it that a person checked (and vouches for);
 *   machine    a machine-translation draft that no person has checked yet;
 *   unchecked  a person's translation that nobody has checked yet;
 *   missing    no text in the reader's language: the page shows the original, marked with its language,
 *              under "available in Spanish only" / "available in English only".
 */
import type { Locale } from '@/lib/i18n/routing';
import type { TranslationOrigin, TranslationState } from '@/db/vocabulary';

export type TranslatedFields = {
  language: Locale;
  translationLocale: Locale | null;
  translationTitle: string | null;
  translationHumanChecked?: boolean | null;
  translationOrigin?: TranslationOrigin | null;
};

/** The state of the translation row alone (checked, machine draft or unchecked), or null when there is none. */
export function translationRowState(row: {
  humanChecked: boolean | null | undefined;
  origin: TranslationOrigin | null | undefined;
}): Exclude<TranslationState, 'original' | 'missing'> {
  if (row.humanChecked) return 'checked';
  return row.origin === 'machine' ? 'machine' : 'unchecked';
}

export function textState(item: TranslatedFields, locale: Locale): TranslationState {
  if (item.language === locale) return 'original';
  if (item.translationLocale !== locale || !item.translationTitle) return 'missing';
  return translationRowState({ humanChecked: item.translationHumanChecked, origin: item.translationOrigin });
}

/** The state of the other language's text, for the open data (API and CSV) that carry both. */
export function otherLanguageState(item: TranslatedFields): TranslationState {
  return textState(item, item.language === 'en' ? 'es' : 'en');
}
