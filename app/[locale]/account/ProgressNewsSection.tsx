import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/current-user';
import { progressNewsModeOf } from '@/lib/notifications/progress-news';
import { ProgressNewsForm } from './ProgressNewsForm';

/** The account page's part on progress news (lib/notifications/progress-news.ts). */
export async function ProgressNewsSection({ user }: { user: CurrentUser }) {
  const t = await getTranslations('evidence.news');
  return (
    <section aria-labelledby="progress-news-heading" className="panel">
      <h2 id="progress-news-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ProgressNewsForm current={progressNewsModeOf(getDb(), user.id)} />
    </section>
  );
}
