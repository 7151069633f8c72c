import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { historyEvents, pillars, recommendations } from '@/db/schema';
import { readRecordSeed } from '@/db/seed/read-record';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { activityBuckets, activityOverTime, MAX_QUARTERS, progressByMeeting, statusByPillar } from './charts';

const database = useTemporaryGlobalDatabase();
const record = readRecordSeed();
const AFTER_2024_REVIEW = new Date('2024-06-15T00:00:00Z');

const pillarId = (slug: string) => database.db().select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, slug)).get()!.id;

function seededStatusCounts() {
  const counts: Record<string, Record<string, number>> = {};
  for (const r of record.recommendations) {
    counts[r.pillar] ??= {};
    counts[r.pillar]![r.status] = (counts[r.pillar]![r.status] ?? 0) + 1;
  }
  return counts;
}

describe('the time axis of submissions and implementations', () => {
  it('runs from the first quarter with data to the current one, with empty quarters as zeros', () => {
    const { unit, buckets } = activityBuckets(
      [{ year: 2023, quarter: 2, n: 6 }],
      [{ year: 2023, quarter: 4, n: 2 }],
      new Date('2024-02-01T00:00:00Z'),
    );
    expect(unit).toBe('quarter');
    expect(buckets).toEqual([
      { year: 2023, quarter: 2, submitted: 6, implemented: 0 },
      { year: 2023, quarter: 3, submitted: 0, implemented: 0 },
      { year: 2023, quarter: 4, submitted: 0, implemented: 2 },
      { year: 2024, quarter: 1, submitted: 0, implemented: 0 },
    ]);
  });

  it(`counts by year once the record spans more than ${MAX_QUARTERS} quarters`, () => {
    const { unit, buckets } = activityBuckets(
      [
        { year: 2021, quarter: 3, n: 1 },
        { year: 2021, quarter: 4, n: 2 },
        { year: 2025, quarter: 1, n: 4 },
      ],
      [{ year: 2022, quarter: 1, n: 1 }],
      new Date('2025-08-01T00:00:00Z'), // 2021 Q3 to 2025 Q3: 17 quarters
    );
    expect(unit).toBe('year');
    expect(buckets).toEqual([
      { year: 2021, quarter: null, submitted: 3, implemented: 0 },
      { year: 2022, quarter: null, submitted: 0, implemented: 1 },
      { year: 2023, quarter: null, submitted: 0, implemented: 0 },
      { year: 2024, quarter: null, submitted: 0, implemented: 0 },
      { year: 2025, quarter: null, submitted: 4, implemented: 0 },
    ]);
  });

  it('has no axis at all when nothing was submitted', () => {
    expect(activityBuckets([], [], new Date())).toEqual({ unit: 'quarter', buckets: [] });
  });
});

describe('chart data from the seeded record', () => {
  it('counts public recommendations per status for every pillar, in order', () => {
    const rows = statusByPillar();
    expect(rows.map((r) => r.pillar.number)).toEqual([1, 2, 3, 4]);
    const expected = seededStatusCounts();
    for (const { pillar, counts } of rows) {
      const nonZero = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
      expect(nonZero, pillar.slug).toEqual(expected[pillar.slug] ?? {});
    }
  });

  it('dates submissions by submission and implementations by the public event that made them so', () => {
    const { unit, buckets } = activityOverTime({ now: AFTER_2024_REVIEW });
    expect(unit).toBe('quarter');
    // The 2023-04-18 review reported six recommendations (three implemented), the 2023-09-29 fact sheet four (all implemented).
    expect(buckets).toEqual([
      { year: 2023, quarter: 2, submitted: 6, implemented: 3 },
      { year: 2023, quarter: 3, submitted: 4, implemented: 4 },
      { year: 2023, quarter: 4, submitted: 0, implemented: 0 },
      { year: 2024, quarter: 1, submitted: 0, implemented: 0 },
      { year: 2024, quarter: 2, submitted: 0, implemented: 0 },
    ]);
    const investing = activityOverTime({ pillarId: pillarId('investing-in-our-people'), now: AFTER_2024_REVIEW });
    expect(investing.buckets.slice(0, 2)).toEqual([
      { year: 2023, quarter: 2, submitted: 1, implemented: 0 },
      { year: 2023, quarter: 3, submitted: 1, implemented: 1 },
    ]);
  });

  it('counts the progress each meeting reported for a pillar', () => {
    const slug = 'sustainable-development-southern-mexico-central-america';
    const initiativesOfPillar = new Set(record.initiatives.filter((i) => i.pillar === slug).map((i) => i.slug));
    const rows = progressByMeeting(pillarId(slug));
    expect(rows.map((r) => r.meeting.date)).toEqual([...record.meetings].map((m) => m.date).sort());
    for (const row of rows) {
      const updates = record.progress.filter((p) => p.meeting === row.meeting.slug && initiativesOfPillar.has(p.initiative));
      expect(row.accomplishments, row.meeting.slug).toBe(updates.filter((u) => u.kind === 'accomplishment').length);
      expect(row.intentions, row.meeting.slug).toBe(updates.filter((u) => u.kind === 'intention').length);
    }
  });

  it('never counts a hidden or confidential recommendation', () => {
    const db = database.db();
    const before = { status: statusByPillar(), activity: activityOverTime({ now: AFTER_2024_REVIEW }) };
    const pillar = pillarId('building-back-together');
    for (const [n, fields] of [
      [1, { status: 'hidden' as const, consent: 'without_name' as const }],
      [2, { status: 'implemented' as const, consent: 'confidential' as const }],
    ] as const) {
      const row = db
        .insert(recommendations)
        .values({
          ref: `HLED-2024-080${n}`,
          pillarId: pillar,
          language: 'es',
          title: 'No pública',
          body: 'Texto',
          sector: 'ngo',
          country: 'mx',
          submittedAt: new Date('2024-01-10T12:00:00Z'),
          ...fields,
        })
        .returning()
        .get();
      db.insert(historyEvents)
        .values({
          recommendationId: row.id,
          actorRole: 'coordinator',
          kind: 'status_changed',
          toStatus: 'implemented',
          isPublic: true,
          createdAt: new Date('2024-02-10T12:00:00Z'),
        })
        .run();
    }
    expect(statusByPillar()).toEqual(before.status);
    expect(activityOverTime({ now: AFTER_2024_REVIEW })).toEqual(before.activity);
  });
});
