/**
 * Input a coordinator received for a call in a meeting or by letter, recorded on the organization's behalf
 * (issue 17): a recommendation with no submitter account, its call answer marked with the channel and the
 * recorder, its `raised` round, its first history event and an audit row. Who may record: a coordinator of
 * the chosen pillar (one of the call's) or an administrator; the call must be open or closed, never a draft.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appendHistory } from '@/db/history';
import { callPillars, callQuestions, calls, pillars, recommendations } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { recommendationColumns } from '@/lib/recommendations/create-recommendation';
import { allocateReference } from '@/lib/recommendations/reference';
import { Refusal } from '@/lib/refusal';
import { recordCallAnswer } from './answer';
import type { RecordAnswerInput } from './schema';

/** Noon in Mexico City on the day received: the same calendar day in both capitals. */
const receivedAt = (day: string) => new Date(`${day}T18:00:00Z`);
const todayInMexicoCity = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(now);

export function recordReceivedAnswer(actor: CurrentUser, input: RecordAnswerInput, now = new Date()): { ref: string } {
  return getDb().transaction(
    (tx) => {
      const call = tx.select().from(calls).where(eq(calls.slug, input.call)).get();
      if (!call || call.state === 'draft') throw new Refusal('callNotFound');
      const pillar = tx
        .select({ id: pillars.id })
        .from(callPillars)
        .innerJoin(pillars, eq(pillars.id, callPillars.pillarId))
        .where(and(eq(callPillars.callId, call.id), eq(pillars.slug, input.pillar)))
        .get();
      if (!pillar) throw new Refusal('pillarNotInCall');
      // A coordinator of another pillar learns nothing of this one's calls.
      if (!mayActOnPillar(actor, pillar.id)) throw new Refusal('notFound');
      let questionId: number | null = null;
      if (input.question) {
        const question = tx
          .select({ id: callQuestions.id })
          .from(callQuestions)
          .where(
            and(eq(callQuestions.callId, call.id), eq(callQuestions.pillarId, pillar.id), eq(callQuestions.id, Number(input.question))),
          )
          .get();
        if (!question) throw new Refusal('questionNotInCall');
        questionId = question.id;
      }
      if (input.receivedOn > todayInMexicoCity(now)) throw new Refusal('receivedInFuture');
      const at = receivedAt(input.receivedOn);

      const ref = allocateReference(tx, at.getUTCFullYear());
      const { id } = tx
        .insert(recommendations)
        .values({
          ref,
          submitterId: null,
          ...recommendationColumns({ ...input, topics: '', organizationIdentifier: '', fundingDeclaration: 'none' }, pillar.id),
          status: 'received',
          submittedAt: at,
          updatedAt: now,
        })
        .returning({ id: recommendations.id })
        .get();
      appendHistory(tx, {
        recommendationId: id,
        actor: { id: actor.id, role: actor.role },
        kind: 'submitted',
        to: 'received',
        isPublic: true,
        at,
      });
      recordCallAnswer(tx, id, { callId: call.id, meetingId: call.meetingId, questionId }, at, input.channel, actor.id);
      recordAudit(tx, actor.id, 'call.answer_recorded', { type: 'recommendation', id }, { ref, call: call.slug, channel: input.channel });
      return { ref };
    },
    { behavior: 'immediate' },
  );
}
