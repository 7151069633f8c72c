import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { SetPasswordForm } from '@/components/form/SetPasswordForm';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'auth' }))('resetTitle'), robots: { index: false } };
}

/** The token is only read here; it is used (and spent) when the new password is saved. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('auth');
  return (
    <div className="narrow">
      <h1>{t('resetTitle')}</h1>
      {typeof token === 'string' && token.length >= 20 && token.length <= 200 ? (
        <SetPasswordForm purpose="reset" token={token} />
      ) : (
        <Notice tone="error">
          <p>{t('resetInvalid')}</p>
          <p>
            <Link href="/forgot-password">{t('forgotTitle')}</Link>
          </p>
        </Notice>
      )}
    </div>
  );
}
