import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/guards';
import { listOutbox } from '@/lib/email/outbox';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { WithReferences } from '@/components/Reference';

type Props = { params: Promise<{ locale: Locale }> };

export const metadata: Metadata = { robots: { index: false } };

/** Administrators only: who was sent what and when. A message opened from here shows its links blanked. */
export default async function AdminOutboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireAdmin(locale, `/${locale}/admin/outbox`);
  const t = await getTranslations('outbox');
  const format = await getFormatter();
  const messages = listOutbox();
  return (
    <>
      <h1>{t('adminTitle')}</h1>
      <p>{t('adminIntro')}</p>
      {messages.length === 0 ? <p>{t('none')}</p> : null}
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('sent')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">SMTP</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id}>
              <td data-label={t('sent')}>{format.dateTime(m.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
              <td data-label={t('to')}>{m.toAddress}</td>
              <td data-label={t('subject')}>
                <Link href={`/outbox/${m.id}`}>
                  <WithReferences text={m.subject} />
                </Link>
              </td>
              <td data-label="SMTP">{m.error ? t('smtpError', { error: m.error }) : m.sentAt ? t('delivered') : t('notDelivered')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
