import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { QrCode } from '@/components/QrCode';
import { startEnrolment, unusedRecoveryCodes } from '@/lib/auth/mfa';
import { mfaRequiredFor } from '@/lib/auth/mfa-policy';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { ManageTwoStep, TwoStepSetup } from './TwoStepForms';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth.twoStep' }))('title'), robots: { index: false } };
}

/** Setting up two-step sign-in (a QR code and the key as text), or, once it is on, renewing codes or turning it off. */
export default async function TwoStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/two-step`);
  const t = await getTranslations('auth.twoStep');
  const required = mfaRequiredFor(user);
  if (user.mfaEnabled) {
    return (
      <div className="narrow">
        <p className="eyebrow">
          <Link href="/account">{(await getTranslations('auth'))('account')}</Link>
        </p>
        <h1>{t('title')}</h1>
        <p>{t('statusOn', { count: unusedRecoveryCodes(user.id) })}</p>
        <ManageTwoStep mayDisable={!required} />
      </div>
    );
  }
  const enrolment = startEnrolment(user.id);
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/account">{(await getTranslations('auth'))('account')}</Link>
      </p>
      <h1>{t('setUp')}</h1>
      {required ? <Notice tone="info">{t('required')}</Notice> : null}
      <p>{t('enrolIntro')}</p>
      <QrCode value={enrolment.uri} label={t('qrLabel')} />
      <dl className="facts">
        <div>
          <dt>{t('keyLabel')}</dt>
          <dd>
            <code className="secret-key" translate="no">
              {enrolment.secret.match(/.{1,4}/g)!.join(' ')}
            </code>
          </dd>
        </div>
        <div>
          <dt>{t('accountLabel')}</dt>
          <dd>{enrolment.label}</dd>
        </div>
      </dl>
      <TwoStepSetup />
    </div>
  );
}
