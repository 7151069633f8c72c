/**
 * The calls as the public sees them (never a draft). Answers are counted through the public view, so a
 * confidential or hidden answer is never counted nor listed, and a summary-only one shows its summary.
 */
import 'server-only';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  callAnswers,
  callPillars,
  callQuestions,
  calls,
  initiatives,
  meetings,
  pillars,
  publicRecommendations as pr,
  recommendationInitiatives,
  recommendationRounds,
  recommendations,
  sources,
} from '@/db/schema';
import { stateAt } from './state';

const callColumns = {
  id: calls.id,
  slug: calls.slug,
  titleEn: calls.titleEn,
  titleEs: calls.titleEs,
  introEn: calls.introEn,
  introEs: calls.introEs,
  state: calls.state,
  opensAt: calls.opensAt,
  closesAt: calls.closesAt,
  isSample: calls.isSample,
  meetingId: calls.meetingId,
  sourceId: calls.sourceId,
};

export function listPublicCalls(now: Date) {
  return getDb()
    .select({
      ...callColumns,
      meetingSlug: meetings.slug,
      meetingTitleEn: meetings.titleEn,
      meetingTitleEs: meetings.titleEs,
      meetingDate: meetings.date,
    })
    .from(calls)
    .innerJoin(meetings, eq(meetings.id, calls.meetingId))
    .where(ne(calls.state, 'draft'))
    .orderBy(desc(calls.closesAt))
    .all()
    .map((call) => ({ ...call, current: stateAt(call, now) }));
}
export type PublicCallSummary = ReturnType<typeof listPublicCalls>[number];

/** The items that answered the call or were reaffirmed into it, as the public view shows them. */
function answeredIds(callId: number) {
  return getDb()
    .selectDistinct({ id: recommendationRounds.recommendationId })
    .from(recommendationRounds)
    .where(and(eq(recommendationRounds.callId, callId), inArray(recommendationRounds.role, ['raised', 'reaffirmed'])));
}

function countBy<K extends 'sector' | 'country' | 'status'>(callId: number, column: K) {
  const db = getDb();
  return db
    .select({ key: pr[column], count: count() })
    .from(pr)
    .where(inArray(pr.id, answeredIds(callId)))
    .groupBy(pr[column])
    .orderBy(desc(count()))
    .all();
}

export function getPublicCall(slug: string, now: Date) {
  const db = getDb();
  const call = db.select(callColumns).from(calls).where(eq(calls.slug, slug)).get();
  if (!call || call.state === 'draft') return null;
  const meeting = db.select().from(meetings).where(eq(meetings.id, call.meetingId)).get()!;
  const covered = db
    .select({ id: pillars.id, slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs })
    .from(callPillars)
    .innerJoin(pillars, eq(pillars.id, callPillars.pillarId))
    .where(eq(callPillars.callId, call.id))
    .orderBy(asc(pillars.number))
    .all();
  const questions = db.select().from(callQuestions).where(eq(callQuestions.callId, call.id)).orderBy(asc(callQuestions.id)).all();
  const items = db
    .select({ ref: pr.ref, status: pr.status, title: pr.title, summaryEn: pr.summaryEn, summaryEs: pr.summaryEs, textKind: pr.textKind })
    .from(pr)
    .where(inArray(pr.id, answeredIds(call.id)))
    .orderBy(asc(pr.ref))
    .limit(200)
    .all();
  const linked = db
    .selectDistinct({ slug: initiatives.slug, titleEn: initiatives.titleEn, titleEs: initiatives.titleEs })
    .from(recommendationInitiatives)
    .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
    .where(
      inArray(
        recommendationInitiatives.recommendationId,
        db
          .select({ id: pr.id })
          .from(pr)
          .where(inArray(pr.id, answeredIds(call.id))),
      ),
    )
    .orderBy(asc(initiatives.titleEn))
    .all();
  const source = call.sourceId ? (db.select().from(sources).where(eq(sources.id, call.sourceId)).get() ?? null) : null;
  const bySector = countBy(call.id, 'sector');
  return {
    call: { ...call, current: stateAt(call, now) },
    meeting,
    pillars: covered,
    questions: questions.map((q) => ({ ...q, pillar: covered.find((p) => p.id === q.pillarId) })),
    total: bySector.reduce((sum, row) => sum + row.count, 0),
    bySector,
    byCountry: countBy(call.id, 'country'),
    byStatus: countBy(call.id, 'status'),
    items,
    initiatives: linked,
    source,
  };
}
export type PublicCall = NonNullable<ReturnType<typeof getPublicCall>>;

/** The calls open at `now`, with their pillars and questions: the submission form's and reaffirm form's choices. */
export function openCalls(now: Date) {
  const db = getDb();
  const open = db.select(callColumns).from(calls).where(eq(calls.state, 'open')).orderBy(asc(calls.closesAt)).all();
  return open
    .filter((call) => stateAt(call, now) === 'open')
    .map((call) => ({
      ...call,
      pillars: db
        .select({ slug: pillars.slug })
        .from(callPillars)
        .innerJoin(pillars, eq(pillars.id, callPillars.pillarId))
        .where(eq(callPillars.callId, call.id))
        .all()
        .map((p) => p.slug),
      questions: db
        .select({ id: callQuestions.id, pillar: pillars.slug, textEn: callQuestions.textEn, textEs: callQuestions.textEs })
        .from(callQuestions)
        .innerJoin(pillars, eq(pillars.id, callQuestions.pillarId))
        .where(eq(callQuestions.callId, call.id))
        .orderBy(asc(callQuestions.id))
        .all(),
    }));
}
export type OpenCall = ReturnType<typeof openCalls>[number];

/** A recommendation's rounds, oldest first, with the call each was raised in or reaffirmed into. */
export function roundsTrail(recommendationId: number) {
  return getDb()
    .select({
      role: recommendationRounds.role,
      at: recommendationRounds.at,
      meetingSlug: meetings.slug,
      meetingTitleEn: meetings.titleEn,
      meetingTitleEs: meetings.titleEs,
      meetingDate: meetings.date,
      callSlug: calls.slug,
      callTitleEn: calls.titleEn,
      callTitleEs: calls.titleEs,
      // How a raised answer arrived: the form, or a coordinator recording a meeting's or a letter's input.
      channel: callAnswers.channel,
    })
    .from(recommendationRounds)
    .innerJoin(meetings, eq(meetings.id, recommendationRounds.meetingId))
    .leftJoin(calls, eq(calls.id, recommendationRounds.callId))
    .leftJoin(
      callAnswers,
      and(
        eq(recommendationRounds.role, 'raised'),
        eq(callAnswers.recommendationId, recommendationRounds.recommendationId),
        eq(callAnswers.callId, recommendationRounds.callId),
      ),
    )
    .where(eq(recommendationRounds.recommendationId, recommendationId))
    .orderBy(asc(meetings.date), asc(recommendationRounds.at))
    .all();
}

/** The pillar of one's own recommendation, for the open calls it may be reaffirmed into. */
export function ownItemPillar(userId: number, ref: string): string | null {
  return (
    getDb()
      .select({ slug: pillars.slug })
      .from(recommendations)
      .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
      .where(and(eq(recommendations.ref, ref), eq(recommendations.submitterId, userId)))
      .get()?.slug ?? null
  );
}
