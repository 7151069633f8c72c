import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { requireUser } from '@/lib/auth/guards';
import { isDemoMode } from '@/lib/config';
import { latestMessageAbout } from '@/lib/email/outbox';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getOwnRecommendation } from '@/lib/recommendations/own-recommendations';

type Props = { params: Promise<{ locale: Locale; ref: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'submit' }))('receivedTitle'), robots: { index: false } };
}

/** The receipt: the reference, what happens next, and where to follow it. */
export default async function ReceivedPage({ params }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/submit/received/${ref}`);
  const own = getOwnRecommendation(user.id, ref);
  if (!own) notFound();
  const t = await getTranslations('submit');
  const receipt = isDemoMode() ? latestMessageAbout(user.id, ref) : null;
  return (
    <div className="narrow">
      <h1>{t('receivedTitle')}</h1>
      <Notice tone="success">
        <p>{t('receivedIntro')}</p>
        <p className="reference">
          {t('reference')}: <strong className="ref">{ref}</strong>
        </p>
      </Notice>
      <h2>{t('nextTitle')}</h2>
      <ol>
        <li>{t('next1')}</li>
        <li>{t('next2')}</li>
        <li>{t('next3')}</li>
      </ol>
      <p className="actions">
        <Link className="button" href={`/account/recommendations/${ref}`}>
          {t('follow')}
        </Link>
        <Link href="/submit">{t('another')}</Link>
      </p>
      {receipt ? (
        <p className="muted">
          {t('receiptSent')} <Link href={`/outbox/${receipt}`}>{t('readReceipt')}</Link>
        </p>
      ) : null}
    </div>
  );
}
