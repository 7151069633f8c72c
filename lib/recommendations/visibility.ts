/**
 * The lifecycle's "never public" rule (lib/recommendations/lifecycle.ts) as a condition on the
 * recommendations table, for the few counts that read the table rather than the public view.
 */
import { and, ne, type SQL } from 'drizzle-orm';
import { recommendations } from '@/db/schema';
import { NEVER_PUBLIC_CONSENT, NEVER_PUBLIC_STATUS } from './lifecycle';

export function publiclyVisible(): SQL {
  return and(ne(recommendations.status, NEVER_PUBLIC_STATUS), ne(recommendations.consent, NEVER_PUBLIC_CONSENT)) as SQL;
}
