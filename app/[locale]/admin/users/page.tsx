import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ROLES } from '@/db/vocabulary';
import { listUsers, type Role } from '@/lib/admin/users';
import { requireAdmin } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../AdminTrail';
import { accountLabels } from './account-labels';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ role?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'admin' }))('users.title'), robots: { index: false } };
}

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Every account with its role, government, pillars and status; filtered by role with a plain GET form. */
export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/users`);
  const { role: requested } = await searchParams;
  const role = isRole(requested) ? requested : undefined;
  const t = await getTranslations('admin');
  const labels = await accountLabels();
  const accounts = listUsers(role);
  return (
    <>
      <AdminTrail />
      <h1>{t('users.title')}</h1>
      <p>
        <Link className="button" href="/admin/users/invite">
          {t('sections.invite.title')}
        </Link>
      </p>
      <form method="get" className="actions" aria-label={t('users.filterLabel')}>
        <label htmlFor="role">{t('users.role')}</label>
        <select id="role" name="role" defaultValue={role ?? ''}>
          <option value="">{t('users.allRoles')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('users.filter')}</button>
      </form>
      <p>{t('users.count', { count: accounts.length })}</p>
      {accounts.length > 0 ? (
        <table className="table table--stack">
          <caption className="visually-hidden">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.government')}</th>
              <th scope="col">{t('users.pillars')}</th>
              <th scope="col">{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => {
              const label = labels(account);
              return (
                <tr key={account.id}>
                  <th scope="row">
                    <Link href={`/admin/users/${account.id}`}>
                      {account.deletedAt ? t('users.deletedAccount', { id: account.id }) : account.name}
                    </Link>
                  </th>
                  <td data-label={t('users.email')}>{account.email}</td>
                  <td data-label={t('users.role')}>{label.role}</td>
                  <td data-label={t('users.government')}>{label.government}</td>
                  <td data-label={t('users.pillars')}>{label.pillars}</td>
                  <td data-label={t('users.status')}>{label.status}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
