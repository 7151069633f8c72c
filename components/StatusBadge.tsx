import { useTranslations } from 'next-intl';
import type { RecommendationStatus } from '@/db/vocabulary';

/** Synchronous, so a list of many badges renders in one pass instead of one suspended task each. */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const t = useTranslations('status');
  return <span className={`status status--${status}`}>{t(status)}</span>;
}
