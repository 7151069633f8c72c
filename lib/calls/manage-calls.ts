/**
 * Coordinators' and administrators' work on calls. Who may move a call (docs in README, "Calls for input"):
 * a coordinator whose pillars include every pillar the call covers, or an administrator; anyone else is
 * told the call does not exist. Moves: draft → open (opening now, e-mails to subscribers), open → closed
 * (closing early; an open call also reads as closed once its closing moment passes), closed → reported
 * (its meeting has taken place: `reported` rounds for the answers the governments took up, a digest to
 * subscribers).
 */
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { callPillars, callQuestions, calls, meetings, pillars, recommendationRounds, recommendations } from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { queueCallEmails } from './emails';
import type { CallInput } from './schema';
import { stateAt } from './state';
import { zonedTimeToUtc } from './zones';

/** The statuses that mean the governments took a recommendation up: reported at the call's meeting. */
const TAKEN_UP = ['accepted', 'in_progress', 'implemented'] as const;

export function createCall(actor: CurrentUser, input: CallInput, now = new Date()): { slug: string } {
  return getDb().transaction(
    (tx) => {
      const meeting = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, input.meeting)).get();
      if (!meeting) throw new Refusal('unknownMeeting');
      const slugs = [...new Set([...input.pillars, ...input.questions.map((q) => q.pillar)])];
      const found = tx.select({ id: pillars.id, slug: pillars.slug }).from(pillars).where(inArray(pillars.slug, slugs)).all();
      if (found.length !== slugs.length) throw new Refusal('unknownPillar');
      if (!input.questions.every((q) => input.pillars.includes(q.pillar))) throw new Refusal('badSelection');
      if (!found.every((p) => mayActOnPillar(actor, p.id))) throw new Refusal('notFound');
      if (tx.select({ id: calls.id }).from(calls).where(eq(calls.slug, input.slug)).get()) throw new Refusal('slugTaken');
      const closesAt = zonedTimeToUtc(input.closesAt);
      if (!closesAt || closesAt <= now) throw new Refusal('callClosesInPast');
      const idOf = (slug: string) => found.find((p) => p.slug === slug)!.id;
      const { id } = tx
        .insert(calls)
        .values({
          slug: input.slug,
          meetingId: meeting.id,
          titleEn: input.titleEn,
          titleEs: input.titleEs,
          introEn: input.introEn,
          introEs: input.introEs,
          state: 'draft',
          opensAt: now,
          closesAt,
          createdBy: actor.id,
        })
        .returning({ id: calls.id })
        .get();
      for (const slug of input.pillars)
        tx.insert(callPillars)
          .values({ callId: id, pillarId: idOf(slug) })
          .run();
      for (const q of input.questions)
        tx.insert(callQuestions)
          .values({ callId: id, pillarId: idOf(q.pillar), textEn: q.textEn, textEs: q.textEs })
          .run();
      recordAudit(tx, actor.id, 'call.create', { type: 'call', id }, { slug: input.slug, closesAt: closesAt.toISOString() });
      return { slug: input.slug };
    },
    { behavior: 'immediate' },
  );
}

/** The call, when the actor may manage it; `notFound` otherwise (a scoped coordinator learns nothing). */
export function callForManager(tx: Tx, actor: CurrentUser, slug: string) {
  const call = tx.select().from(calls).where(eq(calls.slug, slug)).get();
  if (!call) throw new Refusal('notFound');
  const covered = tx.select({ id: callPillars.pillarId }).from(callPillars).where(eq(callPillars.callId, call.id)).all();
  if (!covered.every((p) => mayActOnPillar(actor, p.id))) throw new Refusal('notFound');
  return call;
}

export type CallMove = 'open' | 'close' | 'report';

/** Moves a call one step; answers the refs whose public pages change (the reported items' trails). */
export async function moveCall(actor: CurrentUser, slug: string, move: CallMove, now = new Date()): Promise<{ refs: string[] }> {
  const { emails, refs } = getDb().transaction(
    (tx) => {
      const call = callForManager(tx, actor, slug);
      const state = stateAt(call, now);
      let emails: QueuedEmail[] = [];
      let refs: string[] = [];
      if (move === 'open') {
        if (state !== 'draft') throw new Refusal('callNotDraft');
        if (call.closesAt <= now) throw new Refusal('callClosesInPast');
        tx.update(calls).set({ state: 'open', opensAt: now }).where(eq(calls.id, call.id)).run();
        emails = queueCallEmails(tx, { ...call, state: 'open', opensAt: now }, 'opened');
      } else if (move === 'close') {
        if (call.state !== 'open') throw new Refusal('callNotOpen');
        tx.update(calls)
          .set({ state: 'closed', closesAt: call.closesAt < now ? call.closesAt : now })
          .where(eq(calls.id, call.id))
          .run();
      } else {
        if (state !== 'closed') throw new Refusal('callNotClosed');
        const meeting = tx.select({ date: meetings.date }).from(meetings).where(eq(meetings.id, call.meetingId)).get();
        if (!meeting || meeting.date > now.toISOString().slice(0, 10)) throw new Refusal('meetingNotYetHeld');
        tx.update(calls).set({ state: 'reported' }).where(eq(calls.id, call.id)).run();
        refs = writeReportedRounds(tx, call.id, call.meetingId, now);
        emails = queueCallEmails(tx, { ...call, state: 'reported' }, 'reported');
      }
      recordAudit(tx, actor.id, `call.${move}`, { type: 'call', id: call.id }, { from: state });
      return { emails, refs };
    },
    { behavior: 'immediate' },
  );
  for (const email of emails) await deliver(email);
  logEvent('calls.moved', { actorId: actor.id, slug, move, emails: emails.length });
  return { refs };
}

/** The answers raised in or reaffirmed into the call that the governments took up, reported at its meeting. */
function writeReportedRounds(tx: Tx, callId: number, meetingId: number, now: Date): string[] {
  const items = tx
    .selectDistinct({ id: recommendations.id, ref: recommendations.ref })
    .from(recommendationRounds)
    .innerJoin(recommendations, eq(recommendations.id, recommendationRounds.recommendationId))
    .where(and(eq(recommendationRounds.callId, callId), inArray(recommendations.status, [...TAKEN_UP])))
    .all();
  for (const item of items)
    tx.insert(recommendationRounds)
      .values({ recommendationId: item.id, meetingId, role: 'reported', callId, at: now })
      .onConflictDoNothing()
      .run();
  return items.map((i) => i.ref);
}
