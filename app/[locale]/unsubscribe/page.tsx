import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { UnsubscribeButton } from '@/components/calls/UnsubscribeButton';
import { describeUnsubscribe } from '@/lib/calls/subscriptions';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'calls.unsubscribe' }))('title'), robots: { index: false } };
}

/**
 * The unsubscribe link of a calls e-mail, without signing in. Opening it changes nothing (mail scanners
 * open links); the button does. Mail programs use the one-click POST of List-Unsubscribe-Post instead.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('calls.unsubscribe');
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const found = describeUnsubscribe(token);
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      {found.ok ? (
        <>
          <p>{t('confirm', { pillar: toRoman(found.pillar.number), title: localized(found.pillar, 'title', locale) })}</p>
          <UnsubscribeButton token={token} />
        </>
      ) : (
        <Notice tone="info">{t(found.reason)}</Notice>
      )}
    </div>
  );
}
