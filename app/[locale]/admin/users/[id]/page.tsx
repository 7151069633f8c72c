import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { pillarChoices } from '@/components/recommendation-form/pillar-choices';
import { getUserForAdmin } from '@/lib/admin/users';
import { requireAdmin } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { AdminTrail } from '../../AdminTrail';
import { accountLabels } from '../account-labels';
import { AccountStatusActions } from './AccountStatusActions';
import { UserAccessForm } from './UserAccessForm';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export const metadata: Metadata = { robots: { index: false } };

function accountFor(id: string) {
  return /^\d{1,12}$/.test(id) ? getUserForAdmin(Number(id)) : null;
}

/** One account: what it is, what it may do (the role form), and whether it may sign in. */
export default async function AdminUserPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const admin = await requireAdmin(locale, `/${locale}/admin/users/${id}`);
  const account = accountFor(id);
  if (!account) notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const label = (await accountLabels())(account);
  const pillars = (await pillarChoices(locale)).map(({ slug, label: pillarLabel, title }) => ({ slug, label: pillarLabel, title }));
  const isSelf = account.id === admin.id;
  return (
    <>
      <AdminTrail parent={{ href: '/admin/users', label: t('admin.users.title') }} />
      <h1>{account.deletedAt ? t('admin.users.deletedAccount', { id: account.id }) : account.name}</h1>
      {isSelf ? <Notice tone="info">{t('admin.user.selfNote')}</Notice> : null}
      <dl className="facts">
        <div>
          <dt>{t('admin.users.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('admin.users.role')}</dt>
          <dd>{label.role}</dd>
        </div>
        <div>
          <dt>{t('admin.users.government')}</dt>
          <dd>{label.government}</dd>
        </div>
        <div>
          <dt>{t('admin.users.pillars')}</dt>
          <dd>{label.pillars}</dd>
        </div>
        <div>
          <dt>{t('admin.users.status')}</dt>
          <dd>
            {label.status}
            {account.deactivatedAt ? ` (${format.dateTime(account.deactivatedAt, { dateStyle: 'medium', timeStyle: 'short' })})` : null}
          </dd>
        </div>
        <div>
          <dt>{t('auth.preferredLocale')}</dt>
          <dd>{t(`options.locale.${account.preferredLocale}`)}</dd>
        </div>
        <div>
          <dt>{t('admin.user.created')}</dt>
          <dd>{format.dateTime(account.createdAt, { dateStyle: 'medium' })}</dd>
        </div>
      </dl>

      <section aria-labelledby="access-heading" className="panel">
        <h2 id="access-heading">{t('admin.user.accessHeading')}</h2>
        <UserAccessForm
          pillars={pillars}
          defaults={{
            userId: account.id,
            role: account.role,
            government: account.government ?? '',
            scope: account.role === 'coordinator' && !account.allPillars ? 'some' : 'all',
            pillars: account.pillars.map((p) => p.slug),
          }}
        />
      </section>

      {isSelf ? null : (
        <section aria-labelledby="status-heading" className="panel">
          <h2 id="status-heading">{t('admin.user.statusHeading')}</h2>
          <AccountStatusActions userId={account.id} status={account.status} />
        </section>
      )}
    </>
  );
}
