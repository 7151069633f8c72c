import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getSiteSettings } from '@/lib/admin/settings';
import { requireAdmin } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../AdminTrail';
import { SiteSettingsForm } from './SiteSettingsForm';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('settings.title'), robots: { index: false } };
}

export default async function SiteSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/settings`);
  const t = await getTranslations('admin');
  return (
    <div className="narrow">
      <AdminTrail />
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <SiteSettingsForm defaults={getSiteSettings()} />
    </div>
  );
}
