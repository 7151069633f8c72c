import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('title'), robots: { index: false } };
}

const SECTIONS = [
  { key: 'users', href: '/admin/users' },
  { key: 'invite', href: '/admin/users/invite' },
  { key: 'meetings', href: '/admin/meetings' },
  { key: 'settings', href: '/admin/settings' },
  { key: 'outbox', href: '/admin/outbox' },
] as const;

/** Administrators only: where each part of the administration lives. */
export default async function AdminPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin`);
  const t = await getTranslations('admin');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="card-grid">
        {SECTIONS.map(({ key, href }) => (
          <li key={key} className="card">
            <h2 className="card__title">
              <Link href={href}>{t(`sections.${key}.title`)}</Link>
            </h2>
            <p>{t(`sections.${key}.help`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
