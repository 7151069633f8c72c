import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { safeRedirectPath } from '@/lib/auth/redirects';
import { isDemoMode } from '@/lib/config';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { SignUpForm } from './SignUpForm';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('signUpTitle') };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const callbackPath = safeRedirectPath(typeof callbackUrl === 'string' ? callbackUrl : null, `/${locale}/account`);
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('signUpTitle')}</h1>
      <p>{t('signUpIntro')}</p>
      <SignUpForm callbackPath={callbackPath} demoMode={isDemoMode()} />
      <p>
        {t('haveAccount')} <Link href={{ pathname: '/sign-in', query: { callbackUrl: callbackPath } }}>{t('signIn')}</Link>
      </p>
    </div>
  );
}
