import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pillarChoices } from '@/components/recommendation-form/pillar-choices';
import { requireAdmin } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../../AdminTrail';
import { InviteCoordinatorForm } from './InviteCoordinatorForm';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('invite.title'), robots: { index: false } };
}

export default async function InviteCoordinatorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/users/invite`);
  const t = await getTranslations('admin');
  const pillars = (await pillarChoices(locale)).map(({ slug, label, title }) => ({ slug, label, title }));
  return (
    <div className="narrow">
      <AdminTrail parent={{ href: '/admin/users', label: t('users.title') }} />
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro')}</p>
      <InviteCoordinatorForm pillars={pillars} />
    </div>
  );
}
