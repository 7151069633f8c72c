import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'dataRights' }))('deletedTitle'), robots: { index: false } };
}

/**
 * Where the browser goes once an account is deleted. Nobody is signed in any more, so it asks for no
 * session and says nothing about any account: anyone may open it, and it tells them nothing.
 */
export default async function AccountDeletedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('dataRights');
  return (
    <>
      <h1>{t('deletedTitle')}</h1>
      <p>{t('deletedText')}</p>
      <p>
        <a href={`/${locale}`}>{t('backHome')}</a>
      </p>
    </>
  );
}
