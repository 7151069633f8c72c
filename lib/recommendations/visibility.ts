/**
 * What the public may see of a recommendation (PRODUCT.md, "Status of a recommendation").
 * Hidden items are never public; a confidential one is shared with the two governments only.
 */
import { and, ne, type SQL } from 'drizzle-orm';
import { recommendations, type RecommendationStatus } from '@/db/schema';

export const PUBLIC_STATUS_ORDER: readonly RecommendationStatus[] = [
  'received',
  'under_review',
  'accepted',
  'in_progress',
  'implemented',
  'not_adopted',
  'merged',
  'withdrawn',
];

export function publiclyVisible(): SQL {
  return and(ne(recommendations.status, 'hidden'), ne(recommendations.consent, 'confidential')) as SQL;
}
