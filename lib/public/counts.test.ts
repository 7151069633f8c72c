/**
 * The counts the database keeps (db/schema/counts.ts, kept by the public counts migration's triggers) and
 * the public readers built on them, against a full recount made here in plain code, after random
 * sequences of the writes the app makes: submissions, status changes with and without a public response,
 * implementations at a meeting, hides, merges, withdrawals, consent changes, edits, links to initiatives,
 * reports at a meeting and a meeting's date moving. Each sequence runs in a savepoint that is rolled back.
 */
import fc from 'fast-check';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, SECTORS } from '@/db/schema/accounts';
import {
  historyEvents,
  initiatives,
  meetings,
  pillars,
  recommendationInitiatives,
  recommendationRounds,
  recommendations,
  CONSENT_LEVELS,
} from '@/db/schema';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { getFactSheet } from './fact-sheet';
import { implementedPerQuarter, submittedPerQuarter } from './counts';
import { searchRegister } from './register';
import { PUBLIC_STATUSES, type RegisterFilters } from './register-filters';
import { getPillar, listPillars } from '@/lib/record/pillars';

const database = useTemporaryGlobalDatabase();
const DAY = 86_400_000;
const START = Date.parse('2021-01-01T12:00:00Z');
const RESPONSES = [null, '', '   ', 'We will take this up.'] as const;

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

// Submissions weigh more, so that most writes fall on items the sequence made (the seeded record holds ten).
const command = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      pillar: fc.nat(),
      sector: fc.constantFrom(...SECTORS),
      country: fc.constantFrom(...COUNTRIES),
      consent: fc.constantFrom(...CONSENT_LEVELS),
      day: fc.nat({ max: 2100 }),
      sample: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      target: fc.nat(),
      status: fc.constantFrom(...PUBLIC_STATUSES.filter((s) => s !== 'merged')),
      response: fc.constantFrom(...RESPONSES),
      spanish: fc.boolean(),
      meeting: fc.option(fc.nat()),
      daysBack: fc.option(fc.nat({ max: 900 }), { freq: 3 }),
    }),
  },
  fc.record({ kind: fc.constant('hide' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('consent' as const), target: fc.nat(), consent: fc.constantFrom(...CONSENT_LEVELS) }),
  fc.record({ kind: fc.constant('withdraw' as const), target: fc.nat(), hideText: fc.boolean() }),
  fc.record({ kind: fc.constant('merge' as const), target: fc.nat(), into: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    target: fc.nat(),
    pillar: fc.nat(),
    sector: fc.constantFrom(...SECTORS),
    country: fc.constantFrom(...COUNTRIES),
  }),
  fc.record({ kind: fc.constant('link' as const), target: fc.nat(), initiative: fc.nat(), unlink: fc.boolean() }),
  fc.record({ kind: fc.constant('report' as const), target: fc.nat(), meeting: fc.nat() }),
  fc.record({ kind: fc.constant('meetingDate' as const), meeting: fc.nat(), shift: fc.integer({ min: -60, max: 60 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

let sequence = 0;
let clock = Date.parse('2026-06-01T00:00:00Z');

function apply(c: Command): void {
  const db = database.db();
  const ids = db
    .select({ id: recommendations.id })
    .from(recommendations)
    .orderBy(asc(recommendations.id))
    .all()
    .map((r) => r.id);
  const pillarIds = db
    .select({ id: pillars.id })
    .from(pillars)
    .orderBy(asc(pillars.number))
    .all()
    .map((r) => r.id);
  const meetingRows = db.select({ id: meetings.id, date: meetings.date }).from(meetings).orderBy(asc(meetings.id)).all();
  const event = (recommendationId: number, values: Partial<typeof historyEvents.$inferInsert>) =>
    db
      .insert(historyEvents)
      .values({
        recommendationId,
        actorRole: 'coordinator',
        kind: 'status_changed',
        isPublic: true,
        createdAt: new Date((clock += 1000)),
        ...values,
      })
      .run();
  const target = 'target' in c ? pick(ids, c.target) : 0;
  switch (c.kind) {
    case 'submit': {
      sequence += 1;
      const row = db
        .insert(recommendations)
        .values({
          ref: `HLED-2026-${String(5000 + sequence).padStart(5, '0')}`,
          pillarId: pick(pillarIds, c.pillar),
          language: 'en',
          title: `Counted ${sequence}`,
          body: 'Text',
          sector: c.sector,
          country: c.country,
          consent: c.consent,
          isSample: c.sample,
          submittedAt: new Date(START + c.day * DAY),
        })
        .returning({ id: recommendations.id })
        .get();
      event(row.id, { kind: 'submitted', actorRole: 'stakeholder', toStatus: 'received' });
      return;
    }
    case 'status': {
      const meetingId = c.meeting === null ? undefined : pick(meetingRows, c.meeting).id;
      db.update(recommendations)
        .set({ status: c.status, ...(c.status === 'implemented' && meetingId ? { implementedMeetingId: meetingId } : {}) })
        .where(eq(recommendations.id, target))
        .run();
      // Some events are dated in the past (a correction entered late): history need not arrive in order.
      const createdAt = c.daysBack === null ? undefined : new Date(clock - c.daysBack * DAY);
      event(target, {
        toStatus: c.status,
        [c.spanish ? 'publicResponseEs' : 'publicResponseEn']: c.response,
        ...(createdAt ? { createdAt } : {}),
      });
      return;
    }
    case 'hide':
      db.update(recommendations).set({ status: 'hidden', hiddenReason: 'spam' }).where(eq(recommendations.id, target)).run();
      event(target, { kind: 'hidden', toStatus: 'hidden', isPublic: false, internalReason: 'spam' });
      return;
    case 'consent':
      db.update(recommendations).set({ consent: c.consent }).where(eq(recommendations.id, target)).run();
      return;
    case 'withdraw':
      db.update(recommendations)
        .set({ status: 'withdrawn', hideTextWhenWithdrawn: c.hideText })
        .where(eq(recommendations.id, target))
        .run();
      event(target, { kind: 'withdrawn', toStatus: 'withdrawn', actorRole: 'stakeholder' });
      return;
    case 'merge': {
      const into = pick(ids, c.into);
      if (into === target) return;
      db.update(recommendations).set({ status: 'merged', mergedIntoId: into }).where(eq(recommendations.id, target)).run();
      event(target, { kind: 'merged', toStatus: 'merged', publicResponseEn: 'Merged.' });
      return;
    }
    case 'edit':
      db.update(recommendations)
        .set({ pillarId: pick(pillarIds, c.pillar), sector: c.sector, country: c.country })
        .where(eq(recommendations.id, target))
        .run();
      return;
    case 'link': {
      const initiativeIds = db
        .select({ id: initiatives.id })
        .from(initiatives)
        .orderBy(asc(initiatives.id))
        .all()
        .map((r) => r.id);
      if (c.unlink) db.delete(recommendationInitiatives).where(eq(recommendationInitiatives.recommendationId, target)).run();
      else
        db.insert(recommendationInitiatives)
          .values({ recommendationId: target, initiativeId: pick(initiativeIds, c.initiative) })
          .onConflictDoNothing()
          .run();
      return;
    }
    case 'report':
      db.insert(recommendationRounds)
        .values({ recommendationId: target, meetingId: pick(meetingRows, c.meeting).id, role: 'reported' })
        .onConflictDoNothing()
        .run();
      return;
    case 'meetingDate': {
      const meeting = pick(meetingRows, c.meeting);
      const date = new Date(Date.parse(`${meeting.date}T00:00:00Z`) + c.shift * DAY).toISOString().slice(0, 10);
      db.update(meetings).set({ date }).where(eq(meetings.id, meeting.id)).run();
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The recount: every row read and counted here, with none of the aggregates.

type Row = {
  id: number;
  pillarId: number;
  slug: string;
  status: string;
  sector: string;
  country: string;
  submittedAt: number;
  isSample: number;
  sourceId: number | null;
  implementedMeetingId: number | null;
};

function snapshot() {
  const client = database.db().$client;
  const rows = client
    .prepare(
      `SELECT r.id, r.pillar_id AS pillarId, p.slug, r.status, r.sector, r.country, r.submitted_at AS submittedAt, r.is_sample AS isSample,
         r.source_id AS sourceId, r.implemented_meeting_id AS implementedMeetingId
       FROM recommendations r JOIN pillars p ON p.id = r.pillar_id WHERE r.status <> 'hidden' AND r.consent <> 'confidential'`,
    )
    .all() as Row[];
  const events = client
    .prepare(
      'SELECT recommendation_id AS id, to_status AS toStatus, public_response_en AS en, public_response_es AS es, created_at AS at FROM history_events WHERE is_public',
    )
    .all() as {
    id: number;
    toStatus: string | null;
    en: string | null;
    es: string | null;
    at: number;
  }[];
  const meetingRows = client.prepare('SELECT id, slug, date FROM meetings ORDER BY date, id').all() as {
    id: number;
    slug: string;
    date: string;
  }[];
  const rounds = client.prepare('SELECT recommendation_id AS id, meeting_id AS meetingId FROM recommendation_rounds').all() as {
    id: number;
    meetingId: number;
  }[];
  const links = client.prepare('SELECT recommendation_id AS id, initiative_id AS initiativeId FROM recommendation_initiatives').all() as {
    id: number;
    initiativeId: number;
  }[];
  const responded = new Set(events.filter((e) => (e.en ?? '').trim() !== '' || (e.es ?? '').trim() !== '').map((e) => e.id));
  const implementedAt = new Map<number, number>();
  for (const e of events) if (e.toStatus === 'implemented') implementedAt.set(e.id, Math.min(implementedAt.get(e.id) ?? Infinity, e.at));
  const periods = meetingRows.map((m, i) => ({
    ...m,
    start: i === 0 ? -Infinity : Date.parse(meetingRows[i - 1]!.date) + DAY,
    end: Date.parse(m.date) + DAY,
  }));
  const periodOf = (row: Row) => periods.find((p) => row.submittedAt >= p.start && row.submittedAt < p.end)?.id ?? 0;
  return { rows, responded, implementedAt, periods, periodOf, rounds, links };
}

type Snapshot = ReturnType<typeof snapshot>;
const tally = <T>(items: T[], key: (item: T) => string | number) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(key(item))] = (counts[String(key(item))] ?? 0) + 1;
  return counts;
};
const quarterOf = (ms: number) => new Date(ms).getUTCFullYear() * 4 + Math.floor(new Date(ms).getUTCMonth() / 3);
const asCounts = (list: { year: number; quarter: number; n: number }[]) =>
  Object.fromEntries(list.map((q) => [String(q.year * 4 + q.quarter - 1), q.n]));

function checkTables(s: Snapshot) {
  const client = database.db().$client;
  const kept = client
    .prepare(
      'SELECT pillar_id, status, sector, country, period_meeting_id, implemented_meeting_id, is_sample, from_record, responded, n FROM public_counts WHERE n <> 0',
    )
    .all() as Record<string, number | string>[];
  const key = (r: Row) =>
    [
      r.pillarId,
      r.status,
      r.sector,
      r.country,
      s.periodOf(r),
      r.implementedMeetingId ?? 0,
      r.isSample,
      r.sourceId === null ? 0 : 1,
      s.responded.has(r.id) ? 1 : 0,
    ].join('|');
  expect(Object.fromEntries(kept.map(({ n, ...k }) => [Object.values(k).join('|'), n]))).toEqual(tally(s.rows, key));
  const quarters = client.prepare('SELECT pillar_id AS p, quarter AS q, n FROM public_submission_quarters WHERE n <> 0').all() as {
    p: number;
    q: number;
    n: number;
  }[];
  expect(Object.fromEntries(quarters.map((r) => [`${r.p}|${r.q}`, r.n]))).toEqual(
    tally(s.rows, (r) => `${r.pillarId}|${quarterOf(r.submittedAt)}`),
  );
  const implemented = client.prepare('SELECT pillar_id AS p, quarter AS q, n FROM public_implemented_quarters WHERE n <> 0').all() as {
    p: number;
    q: number;
    n: number;
  }[];
  expect(Object.fromEntries(implemented.map((r) => [`${r.p}|${r.q}`, r.n]))).toEqual(
    tally(
      s.rows.filter((r) => s.implementedAt.has(r.id)),
      (r) => `${r.pillarId}|${quarterOf(s.implementedAt.get(r.id)!)}`,
    ),
  );
  const milestones = client
    .prepare('SELECT recommendation_id AS id, implemented_at AS at FROM recommendation_milestones WHERE implemented_at IS NOT NULL')
    .all() as { id: number; at: number }[];
  expect(new Map(milestones.map((m) => [m.id, m.at]))).toEqual(s.implementedAt);
  const links = client.prepare('SELECT initiative_id AS id, n FROM public_initiative_links WHERE n <> 0').all() as {
    id: number;
    n: number;
  }[];
  const visible = new Set(s.rows.map((r) => r.id));
  expect(Object.fromEntries(links.map((r) => [String(r.id), r.n]))).toEqual(
    tally(
      s.links.filter((l) => visible.has(l.id)),
      (l) => l.initiativeId,
    ),
  );
}

function checkReaders(s: Snapshot, filters: Omit<RegisterFilters, 'sort' | 'page' | 'perPage'>) {
  const period = s.periods.find((p) => p.slug === filters.meeting);
  const inMeeting = (r: Row) =>
    !period ||
    (r.submittedAt >= period.start && r.submittedAt < period.end) ||
    r.implementedMeetingId === period.id ||
    s.rounds.some((x) => x.id === r.id && x.meetingId === period.id);
  const matches = (r: Row, except?: string) =>
    (except === 'pillar' || !filters.pillar || r.slug === filters.pillar) &&
    (except === 'status' || !filters.status || r.status === filters.status) &&
    (except === 'sector' || !filters.sector || r.sector === filters.sector) &&
    (except === 'country' || !filters.country || r.country === filters.country) &&
    (except === 'meeting' || inMeeting(r));
  const found = searchRegister({ ...filters, sort: 'newest', page: 1, perPage: 5 });
  if ('unknown' in found) throw new Error('a generated filter names nothing');
  expect(found.total).toBe(s.rows.filter((r) => matches(r)).length);
  expect(found.facets.pillar).toEqual(
    tally(
      s.rows.filter((r) => matches(r, 'pillar')),
      (r) => r.slug,
    ),
  );
  expect(found.facets.status).toEqual(
    tally(
      s.rows.filter((r) => matches(r, 'status')),
      (r) => r.status,
    ),
  );
  expect(found.facets.sector).toEqual(
    tally(
      s.rows.filter((r) => matches(r, 'sector')),
      (r) => r.sector,
    ),
  );
  expect(found.facets.country).toEqual(
    tally(
      s.rows.filter((r) => matches(r, 'country')),
      (r) => r.country,
    ),
  );
  const others = s.rows.filter((r) => matches(r, 'meeting'));
  const meetingCounts = Object.fromEntries(
    s.periods.map((p) => [
      p.slug,
      others.filter(
        (r) =>
          (r.submittedAt >= p.start && r.submittedAt < p.end) ||
          r.implementedMeetingId === p.id ||
          s.rounds.some((x) => x.id === r.id && x.meetingId === p.id),
      ).length,
    ]),
  );
  expect(found.facets.meeting).toEqual(meetingCounts);

  expect(Object.fromEntries(listPillars().map((p) => [p.slug, p.recommendationsByStatus]))).toEqual(
    Object.fromEntries(
      listPillars().map((p) => [
        p.slug,
        tally(
          s.rows.filter((r) => r.pillarId === p.id),
          (r) => r.status,
        ),
      ]),
    ),
  );
  expect(asCounts(submittedPerQuarter())).toEqual(tally(s.rows, (r) => quarterOf(r.submittedAt)));
  const implemented = s.rows.filter((r) => s.implementedAt.has(r.id));
  expect(asCounts(implementedPerQuarter())).toEqual(tally(implemented, (r) => quarterOf(s.implementedAt.get(r.id)!)));
  const firstPillar = listPillars()[0]!;
  const visible = new Set(s.rows.map((r) => r.id));
  const linked = tally(
    s.links.filter((l) => visible.has(l.id)),
    (l) => l.initiativeId,
  );
  for (const initiative of getPillar(firstPillar.slug)!.initiatives)
    expect(initiative.recommendationCount).toBe(linked[String(initiative.id)] ?? 0);

  if (period) {
    const submitted = s.rows.filter((r) => r.submittedAt >= period.start && r.submittedAt < period.end && r.sourceId === null);
    const { engagement } = getFactSheet(period.slug)!;
    expect(engagement.submitted).toBe(submitted.length);
    expect(engagement.samples).toBe(submitted.filter((r) => r.isSample).length);
    expect(engagement.responded).toBe(submitted.filter((r) => s.responded.has(r.id)).length);
    expect(Object.fromEntries(engagement.bySector.map((x) => [x.sector, x.n]))).toEqual(tally(submitted, (r) => r.sector));
    expect(Object.fromEntries(engagement.byCountry.map((x) => [x.country, x.n]))).toEqual(tally(submitted, (r) => r.country));
  }
}

// Each filter is left out half the time, so most combinations still match something.
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { freq: 2 });
const filtersArbitrary = fc.record({
  pillar: maybe(fc.nat()),
  status: maybe(fc.constantFrom(...PUBLIC_STATUSES)),
  sector: maybe(fc.constantFrom(...SECTORS)),
  country: maybe(fc.constantFrom(...COUNTRIES)),
  meeting: maybe(fc.nat()),
});

describe('public counts kept by the database', () => {
  it('equal a full recount after random sequences of writes (60 sequences of 10 to 40 writes)', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 40, size: 'max' }), filtersArbitrary, (commands, f) => {
        const client = database.db().$client;
        client.exec('SAVEPOINT counted');
        try {
          for (const c of commands) apply(c);
          const s = snapshot();
          checkTables(s);
          const slugs = listPillars().map((p) => p.slug);
          checkReaders(s, {
            pillar: f.pillar === null ? undefined : pick(slugs, f.pillar),
            status: f.status ?? undefined,
            sector: f.sector ?? undefined,
            country: f.country ?? undefined,
            meeting: f.meeting === null ? undefined : pick(s.periods, f.meeting).slug,
          });
        } finally {
          client.exec('ROLLBACK TO counted; RELEASE counted');
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('are the same as a recount on the seeded record before any write', () => {
    const s = snapshot();
    checkTables(s);
    checkReaders(s, {});
  });
});
