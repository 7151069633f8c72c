import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Ref } from '@/components/Reference';
import { requireUser } from '@/lib/auth/guards';
import { listInvitationsTo } from '@/lib/cosigning/read';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { SignForm } from './SignForm';
import { WithdrawSignatureButton } from './WithdrawSignatureButton';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'papers.cosign' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/** Invitations to co-sign addressed to the signed-in person's e-mail: sign, or withdraw a signature. */
export default async function CosignPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/cosign`);
  const t = await getTranslations();
  const invitations = listInvitationsTo(user.email);
  return (
    <>
      <p className="eyebrow">
        <Link href="/account">{t('account.title')}</Link>
      </p>
      <h1>{t('papers.cosign.pageTitle')}</h1>
      <p>{t('papers.cosign.pageIntro')}</p>
      {invitations.length === 0 ? <p>{t('papers.cosign.noInvitations')}</p> : null}
      {invitations.map((i) => (
        <section key={i.id} aria-labelledby={`invitation-${i.id}`} className="panel">
          <h2 id={`invitation-${i.id}`}>
            <Ref>{i.ref}</Ref> · <span lang={i.language}>{i.title}</span>
          </h2>
          <p>
            <Link href={`/recommendations/${i.ref}`}>{t('papers.cosign.readIt')}</Link> · {t(`papers.cosign.state.${i.state}`)}
          </p>
          {i.state === 'signed' ? (
            <WithdrawSignatureButton cosignerId={i.id} />
          ) : (
            <SignForm
              cosignerId={i.id}
              defaults={{ organization: user.organization ?? '', sector: user.sector ?? 'civil_society', country: user.country ?? 'mx' }}
            />
          )}
        </section>
      ))}
    </>
  );
}
