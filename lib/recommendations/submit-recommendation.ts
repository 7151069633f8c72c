import 'server-only';
import { getDb } from '@/db/client';
import { inGroupCommit } from '@/db/commit-batcher';
import type { CurrentUser } from '@/lib/auth/current-user';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { alertImmediateSubscribers } from '@/lib/notifications/submission-alerts';
import { checkCallAnswer, isCallRefusal, recordCallAnswer, type CallRefusal } from '@/lib/calls/answer';
import { createRecommendation, UnknownPillarError } from './create-recommendation';
import type { RecommendationInput } from './schema';
import { nextSubmissionAllowedAt } from './submission-limits';

export type SubmissionResult =
  | { ok: true; ref: string }
  | { ok: false; reason: 'verifyEmailFirst' }
  | { ok: false; reason: 'unknownPillar' }
  | { ok: false; reason: 'rateLimited'; retryAt: Date }
  | { ok: false; reason: 'call'; refusal: CallRefusal };

/** A signed-in stakeholder with a confirmed e-mail address sends a recommendation and gets its reference. */
export async function submitRecommendation(user: CurrentUser, input: RecommendationInput, now = new Date()): Promise<SubmissionResult> {
  if (!user.emailVerified) return { ok: false, reason: 'verifyEmailFirst' };
  const db = getDb();
  let result: SubmissionResult;
  let emails: QueuedEmail[];
  try {
    // One write transaction shared with the submissions arriving at the same moment (group commit,
    // db/commit-batcher.ts): each runs in its own savepoint, the limit check, the reference and the insert
    // see one consistent state, and the answer waits for the durable COMMIT (docs/security.md, "Data durability").
    ({ result, emails } = await inGroupCommit(db, (tx) => {
      const retryAt = nextSubmissionAllowedAt(tx, user.id);
      if (retryAt) return { result: { ok: false as const, reason: 'rateLimited' as const, retryAt }, emails: [] };
      // An answer to a call is checked against the server's clock at the moment of writing.
      const answer = checkCallAnswer(tx, input, now);
      if (isCallRefusal(answer)) return { result: { ok: false as const, reason: 'call' as const, refusal: answer }, emails: [] };
      const created = createRecommendation(tx, user, input, { now });
      if (answer) recordCallAnswer(tx, created.id, answer, now);
      // The receipt, and the coordinators of its pillar who asked to hear of each submission at once.
      return { result: { ok: true as const, ref: created.ref }, emails: [created.receipt, ...alertImmediateSubscribers(tx, created.id)] };
    }));
  } catch (error) {
    if (error instanceof UnknownPillarError) return { ok: false, reason: 'unknownPillar' };
    throw error;
  }
  for (const email of emails) await deliver(email);
  logEvent(result.ok ? 'recommendation.submitted' : 'recommendation.rate_limited', {
    userId: user.id,
    ref: result.ok ? result.ref : undefined,
  });
  return result;
}
