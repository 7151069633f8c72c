import { getTranslations, setRequestLocale } from 'next-intl/server';
import { legalTags } from '@/components/public/LegalText';
import { Offices } from '@/components/public/Offices';
import type { Locale } from '@/lib/i18n/routing';
import { noticeMetadata } from '@/lib/public/metadata';

// Stored: the offices come from the operator's settings, read at render; an hour is soon enough after a change.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = noticeMetadata('contact', '/contact');

/** Who answers for the site: both coordinating offices, and where to write about personal data, accessibility or a recommendation. */
export default async function ContactPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('contact');
  const tags = legalTags(locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">{t('officesHeading')}</h2>
        <Offices locale={locale} />
      </section>
      <section aria-labelledby="privacy-contact-heading">
        <h2 id="privacy-contact-heading">{t('privacyHeading')}</h2>
        <p>{t.rich('privacyText', tags)}</p>
      </section>
      <section aria-labelledby="accessibility-contact-heading">
        <h2 id="accessibility-contact-heading">{t('accessibilityHeading')}</h2>
        <p>{t.rich('accessibilityText', tags)}</p>
      </section>
      <section aria-labelledby="recommendations-contact-heading">
        <h2 id="recommendations-contact-heading">{t('recommendationsHeading')}</h2>
        <p>{t.rich('recommendationsText', tags)}</p>
      </section>
    </>
  );
}
