import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { findInvitation } from '@/lib/accounts/accept-invitation';
import type { Locale } from '@/lib/i18n/routing';
import { SetPasswordForm } from '@/components/form/SetPasswordForm';
import { INVITATION_LINK_PROBLEM } from '@/lib/accounts/link-problems';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('invitationTitle'), robots: { index: false } };
}

/** The link from an invitation e-mail. Reading it spends nothing; the token is used when the password is saved. */
export default async function AcceptInvitationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('auth');
  const candidate = typeof token === 'string' && token.length >= 20 && token.length <= 200 ? token : null;
  const invitation = candidate ? findInvitation(candidate) : ({ ok: false, reason: 'invalid' } as const);
  return (
    <div className="narrow">
      <h1>{t('invitationTitle')}</h1>
      {candidate && invitation.ok ? (
        <>
          <p>{t('invitationIntro', { name: invitation.name, email: invitation.email })}</p>
          <SetPasswordForm purpose="invitation" token={candidate} email={invitation.email} />
        </>
      ) : (
        <Notice tone="error">{t(INVITATION_LINK_PROBLEM[invitation.ok ? 'invalid' : invitation.reason])}</Notice>
      )}
    </div>
  );
}
