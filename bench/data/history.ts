/**
 * Pass two, history: a recommendation's steps (plan.ts) plus its share of the extra events (government
 * positions, the submitter's edits) become timed history_events rows, shaped like the ones the use cases
 * write (lib/triage/*.ts, lib/recommendations/*.ts): same kinds, public flags, responses and details.
 */
import type { RecommendationStatus } from '../../db/schema';
import type { Government, Skeleton, Step } from './plan';
import type { Rng } from './prng';
import { RESPONSES } from './vocabulary';

const DAY = 86_400_000;

export type EventRow = {
  actorId: number | null;
  actorRole: 'stakeholder' | 'coordinator' | 'system';
  kind: string;
  fromStatus: RecommendationStatus | null;
  toStatus: RecommendationStatus | null;
  isPublic: boolean;
  responseEn: string | null;
  responseEs: string | null;
  internalReason: string | null;
  details: string | null;
  createdAt: number;
};

export type PositionRow = { government: Government; position: 'supports' | 'reviewing' | 'does_not_support'; at: number };
export type Expanded = {
  events: EventRow[];
  positions: PositionRow[];
  linkedAt: Map<number, number>;
  confirmations: { government: Government; at: number }[];
  updatedAt: number;
  withdrawnReason: string | null;
  hiddenReason: string | null;
};

export type HistoryContext = {
  now: number;
  submitterId: number;
  coordinatorIds: Record<Government, number>;
  refOf: (index: number) => string;
  initiativeSlug: (id: number) => string;
  meetingSlug: string;
  edit: { title: string; body: string };
};

type Extra = { kind: 'position'; government: Government } | { kind: 'edited' };

const HIDDEN_REASONS = ['Spam', 'Submitted twice by mistake', 'Contains personal data of third parties', 'Offensive language'];
const WITHDRAWN_REASONS = ['We will submit a revised version.', 'Ya no es pertinente para nuestra organización.', 'Submitted again with more detail.'];

/** Positions go after the review, edits right after the submission; as many as `extraCount` asks. */
function withExtras(skeleton: Skeleton, extraCount: number): (Step | Extra)[] {
  const extras: Extra[] = [];
  const other: Government = skeleton.lead === 'us' ? 'mx' : 'us';
  for (let i = 0; i < extraCount; i++) {
    if (skeleton.reviewed && i < 2) extras.push({ kind: 'position', government: i === 0 ? skeleton.lead : other });
    else extras.push({ kind: 'edited' });
  }
  const edits = extras.filter((e) => e.kind === 'edited');
  const positions = extras.filter((e) => e.kind === 'position');
  const steps: (Step | Extra)[] = [];
  for (const step of skeleton.steps) {
    steps.push(step);
    if (step.kind === 'submitted') steps.push(...edits);
    if (step.kind === 'status' && step.to === 'under_review') steps.push(...positions);
  }
  return steps;
}

/** Increasing times from the submission to at most `span` later, never later than a day ago. */
function timesFor(rng: Rng, count: number, start: number, now: number, span: number): number[] {
  const end = Math.max(start + count, Math.min(now - DAY, start + span));
  const offsets = Array.from({ length: count - 1 }, () => rng.next()).sort((a, b) => a - b);
  const times = [start];
  for (const offset of offsets) times.push(Math.max(times[times.length - 1]! + 1, Math.round(start + (end - start) * offset)));
  return times;
}

export function expandHistory(rng: Rng, skeleton: Skeleton, extraCount: number, context: HistoryContext): Expanded {
  const steps = withExtras(skeleton, extraCount);
  const times = timesFor(rng, steps.length, skeleton.submittedAt, context.now, rng.int(20, 600) * DAY);
  const lead = context.coordinatorIds[skeleton.lead];
  const otherGovernment: Government = skeleton.lead === 'us' ? 'mx' : 'us';
  const result: Expanded = { events: [], positions: [], linkedAt: new Map(), confirmations: [], updatedAt: skeleton.submittedAt, withdrawnReason: null, hiddenReason: null };
  let status: RecommendationStatus = 'received';
  const json = (value: unknown) => JSON.stringify(value);

  steps.forEach((step, i) => {
    const at = times[i]!;
    const base = { actorId: lead, actorRole: 'coordinator' as const, fromStatus: null, toStatus: null, isPublic: true, responseEn: null, responseEs: null, internalReason: null, details: null, createdAt: at };
    let row: EventRow;
    switch (step.kind) {
      case 'submitted':
        row = { ...base, actorId: context.submitterId, actorRole: 'stakeholder', kind: 'submitted', toStatus: 'received' };
        break;
      case 'edited':
        row = { ...base, actorId: context.submitterId, actorRole: 'stakeholder', kind: 'edited', isPublic: false, details: json({ previous: { ...context.edit, consent: skeleton.consent } }) };
        break;
      case 'assigned':
        row = { ...base, kind: 'assigned', isPublic: false, details: json({ assigneeId: lead }) };
        break;
      case 'status': {
        const response = step.to === 'under_review' ? null : RESPONSES[step.to as 'accepted' | 'in_progress' | 'not_adopted'];
        const covered = step.to === 'not_adopted' && skeleton.coveredById ? context.initiativeSlug(skeleton.coveredById) : null;
        row = {
          ...base,
          kind: 'status_changed',
          fromStatus: status,
          toStatus: step.to,
          responseEn: response?.[0] ?? null,
          responseEs: response?.[1] ?? null,
          details: step.to === 'under_review' ? null : json({ reason: step.to === 'not_adopted' ? skeleton.notAdoptedReason : null, coveredByInitiative: covered, meeting: null }),
        };
        status = step.to;
        break;
      }
      case 'position': {
        const position = rng.weighted({ supports: 70, reviewing: 20, does_not_support: 10 });
        const actorId = context.coordinatorIds[step.government];
        result.positions.push({ government: step.government, position, at });
        row = { ...base, actorId, kind: 'position_recorded', responseEn: RESPONSES.position[0], responseEs: RESPONSES.position[1], details: json({ government: step.government, position }) };
        break;
      }
      case 'summary_published':
        row = { ...base, kind: 'summary_published' };
        break;
      case 'linked':
        result.linkedAt.set(step.initiativeId, at);
        row = { ...base, kind: 'linked', responseEn: RESPONSES.linked[0], responseEs: RESPONSES.linked[1], details: json({ initiative: context.initiativeSlug(step.initiativeId) }) };
        break;
      case 'pending':
        result.confirmations.push({ government: skeleton.lead, at });
        row = {
          ...base,
          kind: 'status_changed',
          fromStatus: status,
          toStatus: 'implemented',
          isPublic: false,
          responseEn: RESPONSES.implemented[0],
          responseEs: RESPONSES.implemented[1],
          details: json({ pendingConfirmation: true, government: skeleton.lead, meeting: context.meetingSlug }),
        };
        break;
      case 'confirmed':
        result.confirmations.push({ government: otherGovernment, at });
        row = {
          ...base,
          actorId: context.coordinatorIds[otherGovernment],
          kind: 'status_confirmed',
          fromStatus: status,
          toStatus: 'implemented',
          responseEn: RESPONSES.implemented[0],
          responseEs: RESPONSES.implemented[1],
          details: json({ confirmedBy: ['mx', 'us'] }),
        };
        status = 'implemented';
        break;
      case 'merged':
        row = { ...base, kind: 'merged', fromStatus: status, toStatus: 'merged', responseEn: RESPONSES.merged[0], responseEs: RESPONSES.merged[1], details: json({ into: context.refOf(step.intoIndex) }) };
        status = 'merged';
        break;
      case 'withdrawn': {
        const reason = rng.chance(0.4) ? rng.pick(WITHDRAWN_REASONS) : null;
        result.withdrawnReason = reason;
        row = { ...base, actorId: context.submitterId, actorRole: 'stakeholder', kind: 'withdrawn', fromStatus: status, toStatus: 'withdrawn', details: reason ? json({ reason }) : null };
        status = 'withdrawn';
        break;
      }
      case 'hidden':
        result.hiddenReason = rng.pick(HIDDEN_REASONS);
        row = { ...base, kind: 'hidden', fromStatus: status, toStatus: 'hidden', isPublic: false, internalReason: result.hiddenReason };
        status = 'hidden';
        break;
    }
    result.events.push(row);
    result.updatedAt = at;
  });
  if (status !== skeleton.status) throw new Error(`bench generator: steps of item ${skeleton.index} end at ${status}, planned ${skeleton.status}`);
  return result;
}
