/**
 * A call's state at an instant. The stored state moves by coordinators' actions (draft → open, → closed
 * early, closed → reported); an open call whose closing moment has passed reads as closed at once, without
 * waiting for anyone, so the deadline never depends on a job having run.
 */
import type { CallState } from '@/db/vocabulary';

export type CallTiming = { state: CallState; closesAt: Date };

export function stateAt(call: CallTiming, now: Date): CallState {
  if (call.state === 'open' && now.getTime() >= call.closesAt.getTime()) return 'closed';
  return call.state;
}

export const acceptsAnswers = (call: CallTiming, now: Date) => stateAt(call, now) === 'open';
