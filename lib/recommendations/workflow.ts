/**
 * The life of a recommendation (PRODUCT.md, "Status of a recommendation"), written once as data.
 * The UI asks it what is allowed; the use cases ask it again on the server before any change.
 */
import type { RecommendationStatus } from '@/db/schema';

/** No move leaves these: the record is settled. */
export const FINAL_STATUSES: readonly RecommendationStatus[] = ['implemented', 'not_adopted', 'merged', 'withdrawn', 'hidden'];

export function isFinal(status: RecommendationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** The submitter may change the text only before triage starts. */
export function submitterMayEdit(status: RecommendationStatus): boolean {
  return status === 'received';
}

/** The submitter may withdraw at any time before a final status. */
export function submitterMayWithdraw(status: RecommendationStatus): boolean {
  return !isFinal(status);
}
