import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { shownTo, type Written } from '@/lib/i18n/written-text';
import type { PairCheck } from '@/lib/translations/paired';
import { TranslationMark } from './TranslationMark';

type Props = {
  written: Written;
  /** What the text is, for the "available in … only" mark. */
  what?: 'response' | 'explanation' | 'note';
  /** Words in the reader's language before the text ("How this initiative answers it:"). */
  lead?: ReactNode;
  /** Inside a sentence or a definition: spans instead of paragraphs. */
  inline?: boolean;
  /**
   * Where the page knows it: which language is presumed the original and a person's check of the
   * translation, so a text in both languages says whether the reader's is a checked translation.
   */
  translation?: { presumedOriginal: Locale; check: PairCheck | null | undefined };
};

/**
 * A text coordinators wrote in English, Spanish or both, in the reader's language. When it exists only
 * in the other language, that text is shown marked with its language (for screen readers and
 * translation tools) under a visible "available in … only: not yet translated" mark.
 */
export function WrittenText({ written, what = 'response', lead, inline = false, translation }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('writtenText');
  const shown = shownTo(locale, written);
  if (!shown) return null;
  const mark = shown.onlyIn ? t(`onlyIn.${what}`, { language: shown.onlyIn }) : null;
  const text = <span lang={shown.lang}>{shown.text}</span>;
  const state =
    translation && !shown.onlyIn ? (
      <>
        {' '}
        <TranslationMark written={written} presumedOriginal={translation.presumedOriginal} check={translation.check} />
      </>
    ) : null;
  if (inline) {
    return (
      <>
        {lead ? <>{lead} </> : null}
        {text}
        {state}
        {mark ? <span className="written-text__mark"> ({mark})</span> : null}
      </>
    );
  }
  return (
    <div className="written-text">
      {mark ? <p className="written-text__mark">{mark}</p> : null}
      <p>
        {lead ? <>{lead} </> : null}
        {text}
        {state}
      </p>
    </div>
  );
}
