import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { DisplayText } from '@/lib/public/display';

type Props = {
  text: Extract<DisplayText, { kind: 'full' }>;
  /** When a person checked the translation, where the page has it. */
  checkedAt?: Date | null;
  /** Whether the list read the translation's state; a list that did not says only "Translation". */
  stateKnown?: boolean;
};

/**
 * What a reader is shown beside a recommendation's title: nothing when it is in its original language;
 * a translation labelled as checked by a person, a machine translation or not yet checked; or, with no
 * translation into the reader's language, "available in Spanish only" (the title itself carries `lang`).
 */
export function TextStateTag({ text, checkedAt, stateKnown = true }: Props) {
  const t = useTranslations('translate.public');
  const generic = useTranslations('recommendation');
  const format = useFormatter();
  // The tag is in the reader's language, inside a title that may be marked as the other one.
  const lang = useLocale();
  if (text.state === 'original') return null;
  if (text.state === 'missing')
    return (
      <span className="tag" lang={lang}>
        {t('onlyIn', { language: text.lang })}
      </span>
    );
  if (!stateKnown)
    return (
      <span className="tag" lang={lang}>
        {generic('translation')}
      </span>
    );
  if (text.state === 'checked' && checkedAt) {
    return (
      <span className="tag" lang={lang}>
        {t('checkedOn', { date: format.dateTime(checkedAt, { dateStyle: 'medium' }) })}
      </span>
    );
  }
  return (
    <span className="tag" lang={lang}>
      {t(text.state)}
    </span>
  );
}
