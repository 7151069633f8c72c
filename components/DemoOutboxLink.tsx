import { getTranslations } from 'next-intl/server';
import { isDemoMode } from '@/lib/config';
import { Link } from '@/lib/i18n/navigation';
import { Notice } from './Notice';

/** Only an outbox address the app itself made: "/outbox/<id>?key=<key>". Anything else is dropped. */
export function outboxPath(candidate: string | string[] | undefined): string | null {
  if (typeof candidate !== 'string') return null;
  return /^\/outbox\/\d+\?key=[A-Za-z0-9_-]{20,64}$/.test(candidate) ? candidate : null;
}

/** Demo mode only: a link for the person who just triggered an e-mail to read it, since none is delivered. */
export async function DemoOutboxLink({ message }: { message: string | null }) {
  if (!message || !isDemoMode()) return null;
  const t = await getTranslations('auth');
  return (
    <Notice tone="info">
      <p>{t('demoOutbox')}</p>
      <p>
        <Link href={message}>{t('demoOutboxLink')}</Link>
      </p>
    </Notice>
  );
}
