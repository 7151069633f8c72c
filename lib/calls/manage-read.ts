/** What the coordinators' calls page lists: every call with its state now and its count of answers. */
import 'server-only';
import { asc, count, desc, eq, gte, inArray, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { callQuestions, calls, meetings, pillars, recommendationRounds } from '@/db/schema';
import { stateAt } from './state';

export function listCallsForCoordinators(now: Date) {
  const db = getDb();
  const answers = db
    .select({ callId: recommendationRounds.callId, answers: count() })
    .from(recommendationRounds)
    .where(inArray(recommendationRounds.role, ['raised', 'reaffirmed']))
    .groupBy(recommendationRounds.callId)
    .all();
  return db
    .select({
      slug: calls.slug,
      titleEn: calls.titleEn,
      titleEs: calls.titleEs,
      state: calls.state,
      closesAt: calls.closesAt,
      id: calls.id,
    })
    .from(calls)
    .orderBy(desc(calls.createdAt))
    .limit(100)
    .all()
    .map((call) => ({ ...call, current: stateAt(call, now), answers: answers.find((a) => a.callId === call.id)?.answers ?? 0 }));
}

/** The meetings a new call may prepare: those not yet held (today's included). */
export function upcomingMeetings(now: Date) {
  return getDb()
    .select({ slug: meetings.slug, date: meetings.date, titleEn: meetings.titleEn, titleEs: meetings.titleEs })
    .from(meetings)
    .where(gte(meetings.date, now.toISOString().slice(0, 10)))
    .orderBy(asc(meetings.date))
    .all();
}

export function pillarList() {
  return getDb()
    .select({ slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs })
    .from(pillars)
    .orderBy(asc(pillars.number))
    .all();
}

/** The questions of the calls that input may be recorded for (any but drafts), for the recording form. */
export function recordableQuestions() {
  return getDb()
    .select({ id: callQuestions.id, call: calls.slug, pillar: pillars.slug, textEn: callQuestions.textEn, textEs: callQuestions.textEs })
    .from(callQuestions)
    .innerJoin(calls, eq(calls.id, callQuestions.callId))
    .innerJoin(pillars, eq(pillars.id, callQuestions.pillarId))
    .where(ne(calls.state, 'draft'))
    .orderBy(asc(callQuestions.id))
    .all();
}
