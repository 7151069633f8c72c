import type { CallRefusal } from './answer';

/** A refusal to answer a call as the action's error code: "callClosed|<closing instant>|<next meeting date or empty>". */
export function callRefusalCode(refusal: CallRefusal): string {
  if (refusal.reason === 'callClosed') return `callClosed|${refusal.closedAt.toISOString()}|${refusal.nextMeeting ?? ''}`;
  return refusal.reason;
}
