import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DemoOutboxLink, outboxPath } from '@/components/DemoOutboxLink';
import { Notice } from '@/components/Notice';
import { verifyEmail } from '@/lib/accounts/email-verification';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeRedirectPath } from '@/lib/auth/redirects';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ token?: string | string[]; message?: string | string[]; callbackUrl?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('verifyTitle'), robots: { index: false } };
}

const OUTCOME_KEY = { invalid: 'verifyInvalid', expired: 'verifyExpired', used: 'verifyUsed' } as const;

/** With a token: confirms the address. Without: says where the link was sent (and, in demo mode, shows it). */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('auth');
  const continuePath = safeRedirectPath(typeof query.callbackUrl === 'string' ? query.callbackUrl : null, `/${locale}/account`);

  if (typeof query.token === 'string') {
    const result = verifyEmail(query.token.slice(0, 200));
    return (
      <div className="narrow">
        <h1>{t('verifyTitle')}</h1>
        <Notice tone={result.ok ? 'success' : 'error'}>{t(result.ok ? 'verifyDone' : OUTCOME_KEY[result.reason])}</Notice>
        <p>
          <Link href="/account">{t('account')}</Link>
        </p>
      </div>
    );
  }

  const user = await getCurrentUser();
  return (
    <div className="narrow">
      <h1>{t('verifyTitle')}</h1>
      {user && !user.emailVerified ? <p>{t('verifySent', { email: user.email })}</p> : null}
      {user?.emailVerified ? <Notice tone="success">{t('verifyDone')}</Notice> : null}
      <DemoOutboxLink message={outboxPath(query.message)} />
      <p>
        <Link href={continuePath}>{t('continueTo')}</Link>
      </p>
    </div>
  );
}
