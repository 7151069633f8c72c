/**
 * Which of a public item's texts a visitor reads in their language. The original is authoritative
 * (docs/product.md, "Recommendation"): a translation is used only for a visitor of the other language, and labelled.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { PublicTextKind, TranslationOrigin, TranslationState } from '@/db/vocabulary';
import { textState } from '@/lib/translations/state';
import type { Highlights } from './register';

export type PublicTexts = {
  textKind: PublicTextKind;
  language: Locale;
  title: string | null;
  body: string | null;
  translationLocale: Locale | null;
  translationTitle: string | null;
  translationBody: string | null;
  /** The translation's state (lib/translations/state.ts); absent where a list does not read it. */
  translationHumanChecked?: boolean | null;
  translationOrigin?: TranslationOrigin | null;
  summaryEn: string | null;
  summaryEs: string | null;
  highlights?: Highlights | null;
};

export type DisplayText =
  | {
      kind: 'full';
      title: string;
      body: string;
      lang: Locale;
      translated: boolean;
      original: { title: string; lang: Locale } | null;
      /** The reader's language: the original, a translation (checked, machine draft, unchecked), or missing. */
      state: TranslationState;
    }
  | { kind: 'summary'; summary: string | null; lang: Locale }
  | { kind: 'withheld' };

export function displayText(item: PublicTexts, locale: Locale, marked = false): DisplayText {
  const h = marked ? item.highlights : null;
  if (item.textKind === 'withheld') return { kind: 'withheld' };
  if (item.textKind === 'summary') {
    const own = locale === 'en' ? (h?.summaryEn ?? item.summaryEn) : (h?.summaryEs ?? item.summaryEs);
    const other = locale === 'en' ? (h?.summaryEs ?? item.summaryEs) : (h?.summaryEn ?? item.summaryEn);
    return { kind: 'summary', summary: (own || other) ?? null, lang: own ? locale : locale === 'en' ? 'es' : 'en' };
  }
  const title = h?.title ?? item.title ?? '';
  const body = h?.body ?? item.body ?? '';
  if (item.language !== locale && item.translationLocale === locale && item.translationTitle) {
    return {
      kind: 'full',
      title: h?.translationTitle ?? item.translationTitle,
      body: h?.translationBody ?? item.translationBody ?? '',
      lang: locale,
      translated: true,
      original: { title, lang: item.language },
      state: textState(item, locale),
    };
  }
  return { kind: 'full', title, body, lang: item.language, translated: false, original: null, state: textState(item, locale) };
}

/**
 * The most recommendations one stored page lists in a section (an initiative's, a fact sheet's), the
 * count always showing the whole: at the register's scale (100,000 items) a section could hold
 * thousands, megabytes of HTML no one reads on a phone; real sections hold a few dozen at most.
 */
export const LIST_LIMIT = 50;

/** The first words of a text, cut at a word boundary, for a list. */
export function excerpt(text: string, length = 280): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 40))}…`;
}

/** The message key of the title the public sees for a text it may not read in full. */
export function placeholderTitleKey(kind: 'summary' | 'withheld'): 'register.summaryTitle' | 'register.withheldTitle' {
  return kind === 'summary' ? 'register.summaryTitle' : 'register.withheldTitle';
}

/**
 * Who a recommendation comes from, as the public may see it: the name and organization the public view
 * gives only where the submitter agreed to publish them; empty otherwise.
 */
export function publicSubmitter(item: { submitterName: string | null; organization: string | null }): string {
  return [item.submitterName, item.organization].filter(Boolean).join(', ');
}
