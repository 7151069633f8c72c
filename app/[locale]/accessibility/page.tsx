import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { LegalText } from '@/components/public/LegalText';
import type { Locale } from '@/lib/i18n/routing';
import { noticeMetadata } from '@/lib/public/metadata';
import { NOTICES_UPDATED } from '@/lib/public/site-contact';

// Stored: it changes with a release or the operator's contact settings (read at render).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = noticeMetadata('accessibility', '/accessibility');

/** The accessibility statement: the target, how it is tested, what is known not to meet it, how to report a barrier. */
export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('accessibility');
  const format = await getFormatter();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('updated', { date: format.dateTime(new Date(`${NOTICES_UPDATED}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
      </p>
      <p className="lead">{t('intro')}</p>
      <LegalText namespace="accessibility" locale={locale} />
    </>
  );
}
