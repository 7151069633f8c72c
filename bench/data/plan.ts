/**
 * Pass one of the generator: every recommendation's facts without its text (when it was submitted, by
 * whom, in which pillar, which status it reached and through which steps). The number of history events
 * these steps need is known after this pass, so pass two can spread the rest of the history budget
 * evenly (history.ts).
 */
import type { CONSENT_LEVELS, NOT_ADOPTED_REASONS, RecommendationStatus } from '../../db/schema';
import { createRng, streamFor, type Rng } from './prng';

export type Consent = (typeof CONSENT_LEVELS)[number];
export type NotAdoptedReason = (typeof NOT_ADOPTED_REASONS)[number];
export type Government = 'us' | 'mx';

export type Step =
  | { kind: 'submitted' }
  | { kind: 'assigned' }
  | { kind: 'status'; to: RecommendationStatus }
  | { kind: 'linked'; initiativeId: number }
  | { kind: 'summary_published' }
  | { kind: 'pending' } // a proposal to mark implemented, awaiting the other government (private)
  | { kind: 'confirmed' } // the other government's confirmation: implemented takes effect
  | { kind: 'merged'; intoIndex: number }
  | { kind: 'withdrawn' }
  | { kind: 'hidden' };

export type Skeleton = {
  index: number;
  submittedAt: number;
  pillarNumber: number;
  submitterIndex: number;
  consent: Consent;
  status: RecommendationStatus;
  /** The government whose coordinator triages it; the other one confirms "implemented". */
  lead: Government;
  steps: Step[];
  linkIds: number[];
  notAdoptedReason: NotAdoptedReason | null;
  coveredById: number | null;
  mergedIntoIndex: number | null;
  pendingImplemented: boolean;
  hasSummary: boolean;
  /** Reached review: government positions may be recorded on it. */
  reviewed: boolean;
};

const DAY = 86_400_000;

type StatusWeights = Readonly<Record<RecommendationStatus, number>>;
// Newer submissions are mostly still waiting; older ones have mostly been answered.
const RECENT: StatusWeights = { received: 60, under_review: 30, accepted: 3, in_progress: 1, implemented: 0, not_adopted: 2, merged: 1.5, withdrawn: 1.5, hidden: 1 };
const MIDDLE: StatusWeights = { received: 35, under_review: 35, accepted: 8, in_progress: 6, implemented: 2, not_adopted: 8, merged: 2.5, withdrawn: 2, hidden: 1.5 };
const OLDER: StatusWeights = { received: 22, under_review: 30, accepted: 8, in_progress: 11, implemented: 8, not_adopted: 12, merged: 3.5, withdrawn: 3.5, hidden: 2 };
const CONSENT: Readonly<Record<Consent, number>> = { name_and_organization: 45, without_name: 30, summary_only: 15, confidential: 10 };
const PILLAR: Readonly<Record<'1' | '2' | '3' | '4', number>> = { 1: 35, 2: 15, 3: 20, 4: 30 };
const REASONS: Readonly<Record<NotAdoptedReason, number>> = { out_of_scope: 30, needs_legislation: 20, already_covered: 20, not_feasible_bilaterally: 20, other: 10 };

/** Submission times over the window, sorted: half uniform, half growing towards the present. */
export function submissionTimes(seed: number, count: number, from: number, to: number): number[] {
  const rng = createRng(seed ^ 0x7f4a7c15);
  const times = Array.from({ length: count }, () => from + (to - from) * (rng.chance(0.5) ? rng.next() : Math.sqrt(rng.next())));
  return times.sort((a, b) => a - b).map(Math.round);
}

export type PlanContext = {
  seed: number;
  now: number;
  stakeholderCount: number;
  /** Initiative ids per pillar number. */
  initiativesByPillar: Map<number, number[]>;
};

export function planRecommendations(times: number[], context: PlanContext): Skeleton[] {
  const lastOpenByPillar = new Map<number, number>();
  return times.map((submittedAt, index) => {
    const rng = streamFor(context.seed, index);
    const skeleton = planOne(rng, index, submittedAt, context, lastOpenByPillar);
    if (!['merged', 'withdrawn', 'hidden'].includes(skeleton.status)) lastOpenByPillar.set(skeleton.pillarNumber, index);
    return skeleton;
  });
}

function planOne(rng: Rng, index: number, submittedAt: number, context: PlanContext, lastOpenByPillar: Map<number, number>): Skeleton {
  const ageDays = (context.now - submittedAt) / DAY;
  let status = rng.weighted(ageDays < 30 ? RECENT : ageDays < 180 ? MIDDLE : OLDER);
  const pillarNumber = Number(rng.weighted(PILLAR));
  const mergedIntoIndex = status === 'merged' ? (lastOpenByPillar.get(pillarNumber) ?? null) : null;
  if (status === 'merged' && mergedIntoIndex === null) status = 'under_review'; // nothing earlier to merge into
  const consent = rng.weighted(CONSENT);
  const initiatives = context.initiativesByPillar.get(pillarNumber) ?? [];
  const skeleton: Skeleton = {
    index,
    submittedAt,
    pillarNumber,
    submitterIndex: rng.skewed(context.stakeholderCount, 1.6),
    consent,
    status,
    lead: rng.chance(0.5) ? 'us' : 'mx',
    steps: [{ kind: 'submitted' }],
    linkIds: [],
    notAdoptedReason: null,
    coveredById: null,
    mergedIntoIndex,
    pendingImplemented: false,
    hasSummary: false,
    reviewed: false,
  };
  const steps = skeleton.steps;
  const review = () => {
    steps.push({ kind: 'status', to: 'under_review' });
    skeleton.reviewed = true;
    if (consent === 'summary_only' && status !== 'hidden' && rng.chance(0.85)) {
      skeleton.hasSummary = true;
      steps.push({ kind: 'summary_published' });
    }
  };
  const link = () => {
    const count = Math.min(initiatives.length, rng.chance(0.7) ? 1 : 2);
    while (skeleton.linkIds.length < count) {
      const id = rng.pick(initiatives);
      if (!skeleton.linkIds.includes(id)) skeleton.linkIds.push(id);
    }
    for (const initiativeId of skeleton.linkIds) steps.push({ kind: 'linked', initiativeId });
  };

  switch (status) {
    case 'received':
      if (rng.chance(0.3)) steps.push({ kind: 'assigned' });
      break;
    case 'under_review':
      steps.push({ kind: 'assigned' });
      review();
      break;
    case 'accepted':
    case 'in_progress':
    case 'implemented':
      steps.push({ kind: 'assigned' });
      review();
      link();
      steps.push({ kind: 'status', to: 'accepted' });
      if (status === 'in_progress' || (status === 'implemented' && rng.chance(0.8))) steps.push({ kind: 'status', to: 'in_progress' });
      if (status === 'implemented') steps.push({ kind: 'pending' }, { kind: 'confirmed' });
      if (status === 'in_progress' && rng.chance(0.1)) {
        skeleton.pendingImplemented = true;
        steps.push({ kind: 'pending' });
      }
      break;
    case 'not_adopted':
      steps.push({ kind: 'assigned' });
      if (rng.chance(0.7)) review();
      skeleton.notAdoptedReason = rng.weighted(REASONS);
      if (skeleton.notAdoptedReason === 'already_covered' && initiatives.length > 0) skeleton.coveredById = rng.pick(initiatives);
      else if (skeleton.notAdoptedReason === 'already_covered') skeleton.notAdoptedReason = 'other';
      steps.push({ kind: 'status', to: 'not_adopted' });
      break;
    case 'merged':
      if (rng.chance(0.7)) steps.push({ kind: 'assigned' });
      if (rng.chance(0.5)) review();
      steps.push({ kind: 'merged', intoIndex: mergedIntoIndex! });
      break;
    case 'withdrawn':
      if (rng.chance(0.4)) {
        steps.push({ kind: 'assigned' });
        if (rng.chance(0.4)) review();
      }
      steps.push({ kind: 'withdrawn' });
      break;
    case 'hidden':
      if (rng.chance(0.5)) steps.push({ kind: 'assigned' });
      steps.push({ kind: 'hidden' });
      break;
  }
  return skeleton;
}
