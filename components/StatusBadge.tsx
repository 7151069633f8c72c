import { getTranslations } from 'next-intl/server';
import type { RecommendationStatus } from '@/db/vocabulary';

export async function StatusBadge({ status }: { status: RecommendationStatus }) {
  const t = await getTranslations('status');
  return <span className={`status status--${status}`}>{t(status)}</span>;
}
