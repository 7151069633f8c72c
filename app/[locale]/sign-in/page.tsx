import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { safeRedirectPath } from '@/lib/auth/redirects';
import { SignInForm } from './SignInForm';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ callbackUrl?: string | string[]; changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('signInTitle'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, changed } = await searchParams;
  const callbackPath = safeRedirectPath(typeof callbackUrl === 'string' ? callbackUrl : null, `/${locale}/account`);
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('signInTitle')}</h1>
      {changed ? <Notice tone="success">{t('passwordChanged')}</Notice> : <p>{t('signInIntro')}</p>}
      <SignInForm callbackPath={callbackPath} />
      <p>
        {t('noAccount')} <Link href={{ pathname: '/sign-up', query: { callbackUrl: callbackPath } }}>{t('signUp')}</Link>
      </p>
    </div>
  );
}
