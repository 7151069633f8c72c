/**
 * A stakeholder brings one of their own earlier recommendations into an open call in one step, optionally
 * with an update note: a `reaffirmed` round for the call's meeting. Only the owner may; anyone else is told
 * the recommendation does not exist.
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { recommendationRounds, recommendations } from '@/db/schema';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { checkCallAnswer, isCallRefusal } from './answer';
import { callRefusalCode } from './refusal-code';
import type { ReaffirmInput } from './schema';

const NOT_REAFFIRMABLE = ['withdrawn', 'merged', 'hidden'] as const;

export function reaffirmRecommendation(userId: number, input: ReaffirmInput, now: Date): { call: string } {
  return getDb().transaction(
    (tx) => {
      const item = tx
        .select({ id: recommendations.id, status: recommendations.status, pillarId: recommendations.pillarId })
        .from(recommendations)
        .where(and(eq(recommendations.ref, input.ref), eq(recommendations.submitterId, userId)))
        .get();
      if (!item) throw new Refusal('notFound');
      if ((NOT_REAFFIRMABLE as readonly string[]).includes(item.status)) throw new Refusal('notReaffirmable');
      // The same checks as an answer from the form: open at `now`, covering the item's pillar.
      const choice = checkCallAnswer(tx, { call: input.call, pillar: item.pillarId }, now);
      if (choice === null) throw new Refusal('callNotFound');
      if (isCallRefusal(choice)) throw new Refusal(callRefusalCode(choice));
      const already = tx
        .select({ role: recommendationRounds.role })
        .from(recommendationRounds)
        .where(
          and(
            eq(recommendationRounds.recommendationId, item.id),
            eq(recommendationRounds.callId, choice.callId),
            inArray(recommendationRounds.role, ['raised', 'reaffirmed']),
          ),
        )
        .get();
      if (already) throw new Refusal('alreadyInCall');
      tx.insert(recommendationRounds)
        .values({
          recommendationId: item.id,
          meetingId: choice.meetingId,
          role: 'reaffirmed',
          callId: choice.callId,
          note: input.note || null,
          at: now,
        })
        .run();
      logEvent('calls.reaffirmed', { userId, ref: input.ref, call: input.call });
      return { call: input.call };
    },
    { behavior: 'immediate' },
  );
}
