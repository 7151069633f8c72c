/**
 * Answering a call from the submission form, inside the submission's write transaction: the call must be
 * open at `now` (the server's clock, never the browser's), cover the chosen pillar, and own the chosen
 * question. The answer writes the recommendation's `raised` round for the call's meeting.
 */
import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import { callAnswers, callPillars, callQuestions, calls, meetings, pillars, recommendationRounds } from '@/db/schema';
import type { AnswerChannel } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { stateAt } from './state';

export type CallChoice = { callId: number; meetingId: number; questionId: number | null };
export type CallRefusal =
  | { reason: 'callClosed'; closedAt: Date; nextMeeting: string | null }
  | { reason: 'callNotFound' }
  | { reason: 'pillarNotInCall' }
  | { reason: 'questionNotInCall' };

/** The call the answer goes to, or why it cannot; `null` for a recommendation outside any call. The pillar by slug (the form) or id. */
export function checkCallAnswer(
  tx: Tx,
  choice: { call?: string; question?: string; pillar: string | number },
  now: Date,
): CallChoice | CallRefusal | null {
  if (!choice.call) return null;
  const call = tx.select().from(calls).where(eq(calls.slug, choice.call)).get();
  if (!call || call.state === 'draft') return { reason: 'callNotFound' };
  const state = stateAt(call, now);
  if (state !== 'open') {
    const meeting = tx.select({ date: meetings.date }).from(meetings).where(eq(meetings.id, call.meetingId)).get();
    const next = meeting
      ? tx.select({ date: meetings.date }).from(meetings).where(gt(meetings.date, meeting.date)).orderBy(asc(meetings.date)).limit(1).get()
      : undefined;
    return { reason: 'callClosed', closedAt: call.closesAt, nextMeeting: next?.date ?? null };
  }
  const covered = tx
    .select({ id: pillars.id })
    .from(callPillars)
    .innerJoin(pillars, eq(pillars.id, callPillars.pillarId))
    .where(
      and(
        eq(callPillars.callId, call.id),
        typeof choice.pillar === 'number' ? eq(pillars.id, choice.pillar) : eq(pillars.slug, choice.pillar),
      ),
    )
    .get();
  if (!covered) return { reason: 'pillarNotInCall' };
  let questionId: number | null = null;
  if (choice.question) {
    const question = tx
      .select({ id: callQuestions.id })
      .from(callQuestions)
      .where(and(eq(callQuestions.callId, call.id), eq(callQuestions.pillarId, covered.id), eq(callQuestions.id, Number(choice.question))))
      .get();
    if (!question) return { reason: 'questionNotInCall' };
    questionId = question.id;
  }
  return { callId: call.id, meetingId: call.meetingId, questionId };
}

export const isCallRefusal = (value: CallChoice | CallRefusal | null): value is CallRefusal => value !== null && 'reason' in value;

/** The answer's place in the call and its `raised` round. */
export function recordCallAnswer(
  tx: Tx,
  recommendationId: number,
  choice: CallChoice,
  now: Date,
  channel: AnswerChannel = 'form',
  recordedBy: number | null = null,
) {
  tx.insert(callAnswers)
    .values({ recommendationId, callId: choice.callId, questionId: choice.questionId, channel, recordedBy, createdAt: now })
    .run();
  tx.insert(recommendationRounds)
    .values({ recommendationId, meetingId: choice.meetingId, role: 'raised', callId: choice.callId, at: now })
    .onConflictDoNothing()
    .run();
}
