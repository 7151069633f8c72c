import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DemoOutboxLink, outboxPath } from '@/components/DemoOutboxLink';
import { Notice } from '@/components/Notice';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeReturnPath } from '@/lib/auth/redirects';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { ConfirmEmailForm } from './ConfirmEmailForm';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ token?: string | string[]; message?: string | string[]; callbackUrl?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('verifyTitle'), robots: { index: false } };
}

/**
 * With a token (the e-mailed link): a page with a button that confirms the address; opening the link alone
 * changes nothing. Without: says where the link was sent (and, in demo mode, shows it). Either way, the
 * way on leads back to where the person was going (`callbackUrl`, a page of this site only).
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('auth');
  const returnPath = safeReturnPath(typeof query.callbackUrl === 'string' ? query.callbackUrl : null);
  const continuePath = returnPath ?? `/${locale}/account`;

  if (typeof query.token === 'string') {
    const signedIn = Boolean(await getCurrentUser());
    const next = signedIn
      ? { href: continuePath, label: t(returnPath ? 'verifyContinue' : 'account') }
      : { href: `/${locale}/sign-in?callbackUrl=${encodeURIComponent(continuePath)}`, label: t('verifySignInToContinue') };
    return (
      <div className="narrow">
        <h1>{t('verifyTitle')}</h1>
        <ConfirmEmailForm token={query.token.slice(0, 200)} next={next} />
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
