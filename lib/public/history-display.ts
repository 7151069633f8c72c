/**
 * How a history event is labelled wherever a timeline is shown (public page, the submitter's account,
 * the coordinators' workspace). The event's kind is always named; the status badge is added when it
 * says something the kind does not: "Received" needs no second "Received", and a recorded position
 * does not change the status.
 */
import type { HISTORY_KINDS } from '@/db/vocabulary';

const KINDS_WITHOUT_BADGE: readonly (typeof HISTORY_KINDS)[number][] = ['submitted', 'position_recorded'];

export function showsStatusBadge(kind: (typeof HISTORY_KINDS)[number]): boolean {
  return !KINDS_WITHOUT_BADGE.includes(kind);
}
