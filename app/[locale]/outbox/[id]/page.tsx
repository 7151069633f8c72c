import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readOutboxMessage } from '@/lib/email/outbox';
import type { Locale } from '@/lib/i18n/routing';
import { WithReferences } from '@/components/Reference';

// A demo e-mail, read with its link's key: rendered for every request, never stored.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ key?: string | string[] }> };

export const metadata: Metadata = { robots: { index: false } };

/** One e-mail from the outbox, for its recipient or an administrator; anyone else is told it is not theirs. */
export default async function OutboxMessagePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { key } = await searchParams;
  const t = await getTranslations('outbox');
  const format = await getFormatter();
  const messageId = /^\d{1,12}$/.test(id) ? Number(id) : null;
  const message = messageId === null ? null : readOutboxMessage(messageId, await getCurrentUser(), typeof key === 'string' ? key : null);
  if (!message) {
    return (
      <div className="narrow">
        <h1>{t('title')}</h1>
        <Notice tone="error">{t('notFound')}</Notice>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('to')}</dt>
          <dd>{message.toAddress}</dd>
        </div>
        <div>
          <dt>{t('subject')}</dt>
          <dd lang={message.locale}>
            <WithReferences text={message.subject} />
          </dd>
        </div>
        <div>
          <dt>{t('sent')}</dt>
          <dd>{format.dateTime(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        </div>
      </dl>
      <pre className="email-body" lang={message.locale}>
        <Linkified text={message.bodyText} />
      </pre>
    </div>
  );
}

/** Links in the message body become clickable, so a verification or reset link can be followed. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
