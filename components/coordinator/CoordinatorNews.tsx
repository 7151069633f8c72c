import { getFormatter, getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/current-user';
import { Link } from '@/lib/i18n/navigation';
import { listCoordinatorNews } from '@/lib/notifications/coordinator-news';
import { Ref } from '@/components/Reference';

type Props = {
  user: CurrentUser;
  headingId: string;
  level?: 2 | 3;
  /** Only what still needs the coordinator, and nothing at all when nothing does (the queue's reminder). */
  openOnly?: boolean;
};

/**
 * A coordinator's latest alerts: the other government's requests to confirm, and new submissions they
 * asked to hear of. Each links to the item in the workspace; what no longer needs them is marked so.
 */
export async function CoordinatorNews({ user, headingId, level = 2, openOnly = false }: Props) {
  const t = await getTranslations('coordinatorAlerts');
  const format = await getFormatter();
  const news = listCoordinatorNews(user).filter((item) => !openOnly || item.open);
  if (openOnly && news.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t('newsHeading')}</Heading>
      {news.length === 0 ? <p>{t('noNews')}</p> : null}
      <ul className="notes">
        {news.map((item) => (
          <li key={item.id}>
            <p className="muted">
              <time dateTime={item.at.toISOString()}>{format.dateTime(item.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              {item.open ? null : <span className="tag"> {t('settled')}</span>}
            </p>
            <p>
              <Link href={`/coordinate/${item.ref}`}>
                <Ref>{item.ref}</Ref>
              </Link>{' '}
              <span lang={item.language}>{item.title}</span>
            </p>
            <p>
              {item.kind === 'confirmation_requested'
                ? t('confirmationRequested', { government: item.markedBy ?? 'other' })
                : t('newSubmission')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
