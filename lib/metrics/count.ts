/**
 * What the rest of the app calls to count something, one line at each place it happens:
 * - sign-in failures: lib/auth/options.ts, where the credentials provider refuses;
 * - rate-limit refusals: lib/public/api/rate-limit.ts, where a bucket is empty;
 * - submissions and triage actions: from the event log (lib/log.ts), where each use case already records
 *   them exactly once, after its transaction committed.
 * Requests, their durations and stored-page hits are counted by the server around every request
 * (lib/metrics/observe.ts).
 */
import { metrics } from './registry';

export function countSignInFailure(reason: 'invalid' | 'throttled' | (string & {})): void {
  metrics().signInFailures.inc({ reason });
}

export function countRateLimitRefusal(): void {
  metrics().rateLimitRefusals.inc();
}

const TRIAGE_EVENT = /^triage\.([a-z_]{1,40})$/;

/** Counts the log events that are metrics too; every other event is ignored. */
export function countLoggedEvent(event: string): void {
  if (event === 'recommendation.submitted') metrics().submissions.inc({ outcome: 'accepted' });
  else if (event === 'recommendation.rate_limited') metrics().submissions.inc({ outcome: 'rate_limited' });
  else {
    const triage = TRIAGE_EVENT.exec(event);
    if (triage) metrics().triageActions.inc({ action: triage[1]! });
  }
}
