import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { LegalText } from '@/components/public/LegalText';
import { Offices } from '@/components/public/Offices';
import type { Locale } from '@/lib/i18n/routing';
import { noticeMetadata } from '@/lib/public/metadata';
import { NOTICES_UPDATED, siteContacts } from '@/lib/public/site-contact';

// Stored: the notice changes with a new release or the operator's contact settings (read at render),
// so an hour is soon enough after a restart with new settings.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = noticeMetadata('privacy', '/privacy');

/** The full privacy notice (Mexico's aviso de privacidad integral), with the offices that answer for the site. */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy');
  const format = await getFormatter();
  const contacts = siteContacts();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('updated', { date: format.dateTime(new Date(`${NOTICES_UPDATED}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
      </p>
      <p className="lead">{t('intro')}</p>
      <LegalText
        namespace="privacy"
        locale={locale}
        extra={{
          responsible: (
            <>
              <Offices locale={locale} />
              <p>
                <a href={`mailto:${contacts.privacyEmail}`}>{contacts.privacyEmail}</a>
              </p>
            </>
          ),
        }}
      />
    </>
  );
}
