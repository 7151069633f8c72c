/**
 * The status workflow of a recommendation (PRODUCT.md, "Status of a recommendation"), as data: which
 * moves a coordinator may make, and what each needs. The coordinator's form asks `allowedMoves` what
 * to offer; every use case asks `checkMove` again on the server before changing anything.
 * Withdrawal belongs to the submitter (lib/recommendations/workflow.ts); merging and hiding have
 * their own use cases but are checked against this table too.
 */
import type { RecommendationStatus } from '@/db/schema';

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

const OPEN: readonly RecommendationStatus[] = ['received', 'under_review', 'accepted', 'in_progress'];

export const MOVES: readonly Move[] = [
  { from: ['received'], to: 'under_review', needsResponse: false, needsLink: false, needsReason: false },
  { from: ['received', 'under_review'], to: 'accepted', needsResponse: true, needsLink: true, needsReason: false },
  { from: ['accepted'], to: 'in_progress', needsResponse: true, needsLink: true, needsReason: false },
  { from: ['accepted', 'in_progress'], to: 'implemented', needsResponse: true, needsLink: true, needsReason: false },
  { from: ['received', 'under_review', 'accepted', 'in_progress'], to: 'not_adopted', needsResponse: true, needsLink: false, needsReason: true },
  { from: OPEN, to: 'merged', needsResponse: false, needsLink: false, needsReason: false, needsOriginal: true },
  { from: [...OPEN, 'not_adopted', 'withdrawn'], to: 'hidden', needsResponse: false, needsLink: false, needsReason: true },
];

export type MoveRefusal =
  | 'sameStatus'
  | 'notAllowedFrom'
  | 'needsResponse'
  | 'needsLink'
  | 'needsReason'
  | 'needsOriginal'
  | 'finalStatus';

/**
 * What the caller brings to the move. `hasReason` is the reason the target needs: one from the fixed
 * list for not adopted, an internal reason for hidden. `hasOriginal`: a merge names its original.
 */
export type MoveFacts = { linkCount: number; hasResponse: boolean; hasReason: boolean; hasOriginal: boolean };

const SETTLED: readonly RecommendationStatus[] = ['withdrawn', 'merged', 'hidden', 'implemented'];

/** Why a move is refused, or null when it is allowed with these facts. */
export function checkMove(from: RecommendationStatus, to: RecommendationStatus, facts: MoveFacts): MoveRefusal | null {
  if (from === to) return 'sameStatus';
  const move = MOVES.find((m) => m.to === to);
  if (!move || !move.from.includes(from)) return SETTLED.includes(from) ? 'finalStatus' : 'notAllowedFrom';
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
