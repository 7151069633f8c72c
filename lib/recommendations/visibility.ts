/**
 * What the public may see of a recommendation (PRODUCT.md, "Status of a recommendation").
 * Hidden items are never public; a confidential one is shared with the two governments only.
 */
import { and, ne, type SQL } from 'drizzle-orm';
import { recommendations } from '@/db/schema';

export function publiclyVisible(): SQL {
  return and(ne(recommendations.status, 'hidden'), ne(recommendations.consent, 'confidential')) as SQL;
}
