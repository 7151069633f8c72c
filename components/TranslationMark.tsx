import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import type { Written } from '@/lib/i18n/written-text';
import { pairedState, type PairCheck } from '@/lib/translations/paired';

type Props = {
  written: Written;
  /** The original's language until a person says otherwise (lib/translations/paired.ts). */
  presumedOriginal: Locale;
  check: PairCheck | null | undefined;
};

/**
 * Beside a text written in both languages, what the reader's language is: nothing for the original;
 * "translation checked by a person on …" or "translation not yet checked by a person". A text missing in
 * the reader's language is marked by its own component ("available in … only"), not here.
 */
export function TranslationMark({ written, presumedOriginal, check }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('translate.public');
  const format = useFormatter();
  const { state, checkedAt } = pairedState(written, locale, presumedOriginal, check);
  if (state === 'checked' && checkedAt) {
    return <span className="tag">{t('checkedOn', { date: format.dateTime(checkedAt, { dateStyle: 'medium' }) })}</span>;
  }
  if (state === 'unchecked') return <span className="tag">{t('unchecked')}</span>;
  return null;
}
