import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  recommendation: { title: string; language: Locale; translatedTitle: string | null };
  level: 2 | 3;
};

/**
 * The original title is authoritative (PRODUCT.md): a visitor reading in the other language sees the
 * translation, labelled as one, with the original beside it.
 */
export async function RecommendationTitle({ recommendation, level }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('recommendation');
  const Heading = level === 2 ? 'h2' : 'h3';
  if (recommendation.language === locale || !recommendation.translatedTitle) {
    return (
      <Heading className="card__title" lang={recommendation.language}>
        {recommendation.title}
      </Heading>
    );
  }
  const languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(recommendation.language) ?? recommendation.language;
  return (
    <>
      <Heading className="card__title">
        {recommendation.translatedTitle} <span className="tag">{t('translation')}</span>
      </Heading>
      <p className="muted">
        {t('original', { language: languageName })}: <span lang={recommendation.language}>{recommendation.title}</span>
      </p>
    </>
  );
}
