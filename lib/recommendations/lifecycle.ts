/**
 * The life of a recommendation, written once as data (docs/product.md, "Status of a recommendation"):
 * which statuses are open, closed and final, which moves a coordinator may make and what each needs,
 * what the submitter may still do, and which items the public may ever see. The UI asks it what to
 * offer; every use case asks it again on the server before changing anything. Pure data and functions,
 * so server and client code alike may import it.
 *
 * Who: coordinators (and administrators) make the moves in MOVES, each within their pillars; only the
 * submitter withdraws or edits; `implemented` also needs the other government's confirmation when the
 * site setting asks for it (lib/triage/change-status.ts).
 */
import { type ConsentLevel, RECOMMENDATION_STATUSES, type RecommendationStatus } from '@/db/vocabulary';

/** Still in the dialogue: a coordinator may move it on. */
export const OPEN_STATUSES = ['received', 'under_review', 'accepted', 'in_progress'] as const satisfies readonly RecommendationStatus[];

/**
 * Out of the dialogue: merged into another item, withdrawn by its submitter, or hidden. Nothing is linked
 * to it, merged into it or triaged on it any more.
 */
export const CLOSED_STATUSES = ['merged', 'withdrawn', 'hidden'] as const satisfies readonly RecommendationStatus[];

/** The record is settled: the submitter may no longer withdraw. */
export const FINAL_STATUSES = ['implemented', 'not_adopted', ...CLOSED_STATUSES] as const satisfies readonly RecommendationStatus[];

function among(list: readonly RecommendationStatus[], status: RecommendationStatus): boolean {
  return list.includes(status);
}

export const isOpen = (status: RecommendationStatus) => among(OPEN_STATUSES, status);
export const isClosed = (status: RecommendationStatus) => among(CLOSED_STATUSES, status);
export const isFinal = (status: RecommendationStatus) => among(FINAL_STATUSES, status);

export type Move = {
  from: readonly RecommendationStatus[];
  to: RecommendationStatus;
  /** A public response (English and/or Spanish) must accompany the move. */
  needsResponse: boolean;
  /** The recommendation must be linked to at least one initiative. */
  needsLink: boolean;
  /** A reason from the fixed list (not adopted) or an internal reason (hidden). */
  needsReason: boolean;
  /** The original it duplicates (merged). */
  needsOriginal?: boolean;
};

/** The coordinators' moves. Merging and hiding have their own use cases but are checked against this table too. */
export const MOVES: readonly Move[] = [
  { from: ['received'], to: 'under_review', needsResponse: false, needsLink: false, needsReason: false },
  { from: ['received', 'under_review'], to: 'accepted', needsResponse: true, needsLink: true, needsReason: false },
  { from: ['accepted'], to: 'in_progress', needsResponse: true, needsLink: true, needsReason: false },
  { from: ['accepted', 'in_progress'], to: 'implemented', needsResponse: true, needsLink: true, needsReason: false },
  { from: OPEN_STATUSES, to: 'not_adopted', needsResponse: true, needsLink: false, needsReason: true },
  { from: OPEN_STATUSES, to: 'merged', needsResponse: false, needsLink: false, needsReason: false, needsOriginal: true },
  { from: [...OPEN_STATUSES, 'not_adopted', 'withdrawn'], to: 'hidden', needsResponse: false, needsLink: false, needsReason: true },
];

export type MoveRefusal = 'sameStatus' | 'notAllowedFrom' | 'needsResponse' | 'needsLink' | 'needsReason' | 'needsOriginal' | 'finalStatus';

/**
 * What the caller brings to the move. `hasReason` is the reason the target needs: one from the fixed
 * list for not adopted, an internal reason for hidden. `hasOriginal`: a merge names its original.
 */
export type MoveFacts = { linkCount: number; hasResponse: boolean; hasReason: boolean; hasOriginal: boolean };

/** Why a move is refused, or null when it is allowed with these facts. */
export function checkMove(from: RecommendationStatus, to: RecommendationStatus, facts: MoveFacts): MoveRefusal | null {
  if (from === to) return 'sameStatus';
  const move = MOVES.find((m) => m.to === to);
  // A closed or implemented item is refused as final; a not-adopted one may still be hidden, so it is only "not from here".
  if (!move || !move.from.includes(from)) return isClosed(from) || from === 'implemented' ? 'finalStatus' : 'notAllowedFrom';
  if (move.needsLink && facts.linkCount === 0) return 'needsLink';
  if (move.needsReason && !facts.hasReason) return 'needsReason';
  if (move.needsOriginal && !facts.hasOriginal) return 'needsOriginal';
  if (move.needsResponse && !facts.hasResponse) return 'needsResponse';
  return null;
}

/** The statuses a coordinator's status form offers from here (merging and hiding have forms of their own). */
export function allowedMoves(from: RecommendationStatus): Move[] {
  return MOVES.filter((m) => m.from.includes(from) && m.to !== 'merged' && m.to !== 'hidden');
}

/** The submitter may change the text only before triage starts. */
export function submitterMayEdit(status: RecommendationStatus): boolean {
  return status === 'received';
}

/** The submitter may withdraw at any time before a final status. */
export function submitterMayWithdraw(status: RecommendationStatus): boolean {
  return !isFinal(status);
}

/**
 * Never public, whatever else holds: a hidden item, and one its submitter shared with the two governments
 * only. The public_recommendations view (db/migrations/0003_public_search.sql) applies the same rule in
 * SQL, with the finer consent rules (summary only, name withheld); lib/recommendations/visibility.ts
 * writes it for queries on the table itself.
 */
export const NEVER_PUBLIC_STATUS = 'hidden' satisfies RecommendationStatus;
export const NEVER_PUBLIC_CONSENT = 'confidential' satisfies ConsentLevel;

/** The statuses the public may see an item in (the register's filters, the charts, the API's enum). */
export const PUBLIC_STATUSES = RECOMMENDATION_STATUSES.filter((status) => status !== NEVER_PUBLIC_STATUS);
