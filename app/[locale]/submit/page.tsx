import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { pillarChoices } from '@/components/recommendation-form/pillar-choices';
import { callChoices } from '@/components/calls/call-choices';
import { RecommendationForm } from '@/components/recommendation-form/RecommendationForm';
import { ResendVerificationButton } from '@/components/ResendVerificationButton';
import { getCurrentUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ call?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'submit' }))('title') };
}

export default async function SubmitPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const user = await getCurrentUser();
  const here = `/${locale}/submit`;

  if (!user) {
    return (
      <div className="narrow">
        <h1>{t('submit.pageTitle')}</h1>
        <p>{t('submit.intro')}</p>
        <Notice tone="info">
          <p>{t('auth.signInToSubmit')}</p>
          <p className="actions">
            <Link className="button" href={{ pathname: '/sign-in', query: { callbackUrl: here } }}>
              {t('auth.signIn')}
            </Link>
            <Link className="button button--secondary" href={{ pathname: '/sign-up', query: { callbackUrl: here } }}>
              {t('auth.signUp')}
            </Link>
          </p>
        </Notice>
      </div>
    );
  }
  if (!user.emailVerified) {
    return (
      <div className="narrow">
        <h1>{t('submit.pageTitle')}</h1>
        <Notice tone="info">
          <p>{t('submit.verifyFirst', { email: user.email })}</p>
        </Notice>
        <ResendVerificationButton returnPath={here} />
      </div>
    );
  }
  const pillars = await pillarChoices(locale);
  const calls = await callChoices(locale);
  const askedFor = (await searchParams).call;
  return (
    <div className="narrow">
      <h1>{t('submit.pageTitle')}</h1>
      <p>{t('submit.intro')}</p>
      <RecommendationForm
        pillars={pillars}
        calls={calls}
        defaults={{
          title: '',
          body: '',
          pillar: '',
          topics: '',
          sector: user.sector ?? 'other',
          organization: user.organization ?? '',
          organizationIdentifier: '',
          fundingDeclaration: 'none',
          country: user.country ?? 'other',
          language: locale,
          consent: undefined as unknown as 'without_name',
          website: '',
          call: calls.find((call) => call.slug === askedFor)?.slug ?? '',
          question: '',
        }}
      />
    </div>
  );
}
