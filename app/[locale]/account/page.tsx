import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { ResendVerificationButton } from '@/components/ResendVerificationButton';
import { StatusBadge } from '@/components/StatusBadge';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { listNotifications } from '@/lib/recommendations/notifications';
import { listOwnRecommendations } from '@/lib/recommendations/own-recommendations';
import { WrittenText } from '@/components/WrittenText';
import { responseOf } from '@/lib/i18n/written-text';
import { toRoman } from '@/lib/record/roman';
import { isDemoMode } from '@/lib/config';
import { latestMessagesTo } from '@/lib/email/outbox';
import { mfaRequiredFor } from '@/lib/auth/mfa-policy';
import { unusedRecoveryCodes } from '@/lib/auth/mfa';
import { CoordinatorAlertsSection } from '@/components/coordinator/CoordinatorAlertsSection';
import { AccountDetailsForm } from './AccountDetailsForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Ref, WithReferences } from '@/components/Reference';
import { DataRightsSection } from './DataRightsSection';
import { ProgressNewsSection } from './ProgressNewsSection';
import { SubscriptionsSection } from '@/components/calls/SubscriptionsSection';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'account' }))('title'), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations();
  const format = await getFormatter();
  const mine = listOwnRecommendations(user.id);
  const news = listNotifications(user.id);
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: user.name, email: user.email })}</p>
      {!user.emailVerified ? (
        <Notice tone="info">
          <p>{t('account.unverified', { email: user.email })}</p>
          <ResendVerificationButton />
        </Notice>
      ) : null}

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('account.myRecommendations')}</h2>
        {mine.length === 0 ? <p>{t('account.none')}</p> : null}
        <p>
          <Link className="button" href="/submit">
            {t('nav.submit')}
          </Link>
        </p>
        {mine.length > 0 ? (
          <table className="table table--stack">
            <caption className="visually-hidden">{t('account.myRecommendations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.reference')}</th>
                <th scope="col">{t('account.recommendation')}</th>
                <th scope="col">{t('account.status')}</th>
                <th scope="col">{t('account.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.ref}>
                  <td data-label={t('account.reference')}>
                    <Link href={`/account/recommendations/${r.ref}`}>
                      <Ref>{r.ref}</Ref>
                    </Link>
                  </td>
                  <td lang={r.language} data-label={t('account.recommendation')}>
                    {r.title}
                    <span className="muted"> · {t('pillar.label', { number: toRoman(r.pillarNumber) })}</span>
                    {r.isSample ? <span className="tag"> {t('account.sample')}</span> : null}
                  </td>
                  <td data-label={t('account.status')}>
                    <StatusBadge status={r.status} />
                  </td>
                  <td data-label={t('account.submitted')}>{format.dateTime(r.submittedAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <p>
        <Link href="/account/cosign">{t('papers.cosign.accountLink')}</Link>
      </p>

      <section aria-labelledby="news-heading">
        <h2 id="news-heading">{t('account.notifications')}</h2>
        {news.length === 0 ? <p>{t('account.noNotifications')}</p> : null}
        <ul className="notes">
          {news.map((item) => (
            <li key={item.id}>
              <p className="muted">{format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
              <p>
                <Link href={item.submitterId === user.id ? `/account/recommendations/${item.ref}` : `/recommendations/${item.ref}`}>
                  <Ref>{item.ref}</Ref>
                </Link>
                : {t(`account.notificationKind.${item.kind}`)}
                {item.toStatus ? (
                  <>
                    {' '}
                    · <StatusBadge status={item.toStatus} />
                  </>
                ) : null}
              </p>
              <WrittenText written={responseOf(item)} />
            </li>
          ))}
        </ul>
      </section>

      {user.role === 'coordinator' ? <CoordinatorAlertsSection user={user} /> : null}
      <ProgressNewsSection user={user} />
      <SubscriptionsSection userId={user.id} locale={locale} />

      <section aria-labelledby="details-heading" className="panel">
        <h2 id="details-heading">{t('account.details')}</h2>
        <AccountDetailsForm
          defaults={{
            name: user.name,
            organization: user.organization ?? '',
            sector: user.sector ?? 'other',
            country: user.country ?? 'other',
            preferredLocale: user.preferredLocale,
          }}
        />
      </section>

      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">{t('account.changePassword')}</h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="two-step-heading" className="panel">
        <h2 id="two-step-heading">{t('auth.twoStep.title')}</h2>
        {user.mfaEnabled ? (
          <p>{t('auth.twoStep.statusOn', { count: unusedRecoveryCodes(user.id) })}</p>
        ) : (
          <p>{t('auth.twoStep.statusOff')}</p>
        )}
        {!user.mfaEnabled && mfaRequiredFor(user) ? <Notice tone="info">{t('auth.twoStep.required')}</Notice> : null}
        <p>
          <Link href="/account/two-step">{user.mfaEnabled ? t('auth.twoStep.title') : t('auth.twoStep.setUp')}</Link>
        </p>
      </section>

      {isDemoMode() ? <DemoInbox userId={user.id} /> : null}

      <DataRightsSection user={user} locale={locale} />
    </>
  );
}

/** Demo mode has no mailbox: the messages sent to this person, readable by them alone (lib/email/outbox.ts). */
async function DemoInbox({ userId }: { userId: number }) {
  const t = await getTranslations('account');
  const format = await getFormatter();
  const messages = latestMessagesTo(userId);
  return (
    <section aria-labelledby="inbox-heading" className="panel">
      <h2 id="inbox-heading">{t('demoInboxTitle')}</h2>
      <p>{t('demoInboxIntro')}</p>
      {messages.length === 0 ? <p>{t('demoInboxNone')}</p> : null}
      <ul>
        {messages.map((message) => (
          <li key={message.id}>
            <Link href={`/outbox/${message.id}`} lang={message.locale}>
              <WithReferences text={message.subject} />
            </Link>{' '}
            <span className="muted">{format.dateTime(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
