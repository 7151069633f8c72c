/**
 * The calls in the open data (/api/v1/calls, /api/v1/calls/{slug}): the same reads as the public pages,
 * so a draft never appears and answers are counted only as consent allows.
 */
import 'server-only';
import { meetingRef, pillarRef, sourceResource } from '@/lib/public/api/resources';
import { pageUrls } from '@/lib/public/api/urls';
import { getDb } from '@/db/client';
import { callPillars, pillars } from '@/db/schema';
import { asc, eq } from 'drizzle-orm';
import type { PublicCall, PublicCallSummary } from './read';

const both = (en: string, es: string) => ({ en, es });
const tally = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.count]));

function coveredPillars(callId: number) {
  return getDb()
    .select({ slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs })
    .from(callPillars)
    .innerJoin(pillars, eq(pillars.id, callPillars.pillarId))
    .where(eq(callPillars.callId, callId))
    .orderBy(asc(pillars.number))
    .all();
}

export function callResource(call: PublicCallSummary) {
  return {
    slug: call.slug,
    title: both(call.titleEn, call.titleEs),
    introduction: both(call.introEn, call.introEs),
    state: call.current,
    opens_at: call.opensAt.toISOString(),
    closes_at: call.closesAt.toISOString(),
    meeting: meetingRef({ slug: call.meetingSlug, titleEn: call.meetingTitleEn, titleEs: call.meetingTitleEs, date: call.meetingDate }),
    pillars: coveredPillars(call.id).map(pillarRef),
    is_sample: call.isSample,
    url: pageUrls(`/calls/${call.slug}`),
  };
}

export function callDetailResource(data: PublicCall) {
  const { call, meeting } = data;
  return {
    ...callResource({
      ...call,
      meetingSlug: meeting.slug,
      meetingTitleEn: meeting.titleEn,
      meetingTitleEs: meeting.titleEs,
      meetingDate: meeting.date,
    }),
    questions: data.questions.map((q) => ({ pillar: q.pillar ? pillarRef(q.pillar) : null, text: both(q.textEn, q.textEs) })),
    answers: { total: data.total, by_sector: tally(data.bySector), by_country: tally(data.byCountry), by_status: tally(data.byStatus) },
    recommendations: data.items.map((item) => ({ ref: item.ref, status: item.status, url: pageUrls(`/recommendations/${item.ref}`) })),
    source: data.source ? sourceResource(data.source) : null,
  };
}
