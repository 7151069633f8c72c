import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { historyEvents, meetings, pillars, recommendations } from '@/db/schema';
import { readRecordSeed } from '@/db/seed/read-record';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { getFactSheet } from './fact-sheet';

const database = useTemporaryGlobalDatabase();
const record = readRecordSeed();
const MINISTERIAL_2023 = '2023-09-29-ministerial';
const REVIEW_2023 = '2023-04-18-mid-year-review';
const REVIEW_2024 = '2024-04-19-mid-year-review';

const sheet = (slug: string) => {
  const found = getFactSheet(slug);
  if (!found) throw new Error(`no fact sheet for ${slug}`);
  return found;
};
const refs = (items: { ref: string }[]) => items.map((r) => r.ref);

/** What the seed files hold for one meeting, per pillar slug. */
function seededTallies(meeting: string) {
  const pillarOf = new Map(record.initiatives.map((i) => [i.slug, i.pillar]));
  const tallies = new Map<string, { accomplishments: number; intentions: number }>();
  for (const update of record.progress.filter((p) => p.meeting === meeting)) {
    const pillar = pillarOf.get(update.initiative)!;
    const tally = tallies.get(pillar) ?? { accomplishments: 0, intentions: 0 };
    if (update.kind === 'accomplishment') tally.accomplishments += 1;
    else tally.intentions += 1;
    tallies.set(pillar, tally);
  }
  return tallies;
}

let sequence = 0;
/** A recommendation submitted on `day`, with its status history as public events at the given days. */
function insertRecommendation(
  fields: Partial<typeof recommendations.$inferInsert> & { day: string },
  history: [string, (typeof historyEvents.$inferInsert)['toStatus']][] = [],
) {
  const db = database.db();
  sequence += 1;
  const pillarId = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.number, 1)).get()!.id;
  const { day, ...rest } = fields;
  const row = db
    .insert(recommendations)
    .values({
      ref: `HLED-2023-${String(900 + sequence).padStart(4, '0')}`,
      pillarId,
      language: 'en',
      title: `Test recommendation ${sequence}`,
      body: 'Text',
      sector: 'civil_society',
      country: 'mx',
      consent: 'without_name',
      submittedAt: new Date(`${day}T15:00:00Z`),
      ...rest,
    })
    .returning()
    .get();
  for (const [at, toStatus] of history) {
    db.insert(historyEvents)
      .values({
        recommendationId: row.id,
        actorRole: 'coordinator',
        kind: 'status_changed',
        toStatus,
        isPublic: true,
        publicResponseEn: 'Response',
        createdAt: new Date(`${at}T15:00:00Z`),
      })
      .run();
  }
  return row;
}

describe('a meeting fact sheet, from the seeded record', () => {
  it('counts the accomplishments and intentions per pillar that the seed reports for the 2023-09-29 ministerial', () => {
    const found = sheet(MINISTERIAL_2023);
    const expected = seededTallies(MINISTERIAL_2023);
    const actual = new Map(found.sections.map((s) => [s.pillar.slug, found.pillarTallies.get(s.pillar.id)]));
    expect(actual).toEqual(expected);
    // The numbers docs/fact-sheets.md compares with the USTR fact sheet.
    expect(Object.fromEntries(actual)).toEqual({
      'building-back-together': { accomplishments: 14, intentions: 5 },
      'sustainable-development-southern-mexico-central-america': { accomplishments: 13, intentions: 5 },
      'tools-for-future-prosperity': { accomplishments: 2, intentions: 0 },
      'investing-in-our-people': { accomplishments: 12, intentions: 1 },
    });
  });

  it('sums the key figures from the sections, and puts only accomplishments with a figure in the headline', () => {
    const found = sheet(MINISTERIAL_2023);
    const updates = record.progress.filter((p) => p.meeting === MINISTERIAL_2023);
    expect(found.keyFigures.accomplishments + found.keyFigures.intentions).toBe(updates.length);
    expect(found.keyFigures.initiatives).toBe(new Set(updates.map((u) => u.initiative)).size);
    expect(found.keyFigures.pillars).toBe(4);
    expect(found.keyFigures.figures).toHaveLength(updates.filter((u) => u.kind === 'accomplishment' && u.figure).length);
    expect(found.keyFigures.figures.map((f) => f.figureValue)).toContain(1400);
    expect(found.keyFigures.figures.map((f) => f.figureValue)).not.toContain(250_000_000); // a target, not a result
    expect(found.keyFigures.agencies.us).toBeGreaterThan(0);
    expect(found.keyFigures.agencies.mx).toBeGreaterThan(0);
  });

  it('leaves a secondary source’s figures out of the headline, since they restate the fact sheet’s', () => {
    const updates = record.progress.filter((p) => p.meeting === REVIEW_2024 && p.kind === 'accomplishment' && p.figure);
    const primary = updates.filter((u) => !record.sources.find((s) => s.slug === u.source)!.secondary);
    expect(primary.length).toBeLessThan(updates.length);
    const figures = sheet(REVIEW_2024).keyFigures.figures.map((f) => f.figureValue);
    expect(figures).toHaveLength(primary.length);
    expect(figures).toContain(5106);
    expect(figures).not.toContain(5000);
  });

  it('gives each initiative its lead agencies', () => {
    const found = sheet(MINISTERIAL_2023);
    const sembrando = found.sections.flatMap((s) => s.initiatives).find((i) => i.initiative.slug === 'sembrando-oportunidades')!;
    expect(sembrando.leads.map((l) => l.acronym).sort()).toEqual(['AMEXCID', 'USAID']);
  });

  it('lists the recommendations implemented at the meeting, and those in progress during its period', () => {
    const implementedThere = (meeting: string) =>
      record.recommendations
        .filter((r) => r.meeting === meeting && r.status === 'implemented')
        .map((r) => r.ref)
        .sort();
    const inProgress = record.recommendations
      .filter((r) => r.status === 'in_progress')
      .map((r) => r.ref)
      .sort();
    expect(refs(sheet(MINISTERIAL_2023).implemented.items).sort()).toEqual(implementedThere(MINISTERIAL_2023));
    expect(refs(sheet(MINISTERIAL_2023).implemented.items)).toEqual([
      'HLED-2023-0004',
      'HLED-2023-0009',
      'HLED-2023-0010',
      'HLED-2023-0008',
    ]);
    expect(refs(sheet(REVIEW_2023).implemented.items).sort()).toEqual(implementedThere(REVIEW_2023));
    // Reported in progress on 2023-04-18 and never moved since: in progress in every later period.
    expect(refs(sheet(REVIEW_2023).inProgress.items).sort()).toEqual(inProgress);
    expect(refs(sheet(MINISTERIAL_2023).inProgress.items).sort()).toEqual(inProgress);
    expect(refs(sheet(REVIEW_2024).inProgress.items).sort()).toEqual(inProgress);
    expect(sheet('2022-09-12-ministerial').inProgress.items).toEqual([]);
  });

  it('covers the days after the previous meeting up to its own date', () => {
    expect(sheet(MINISTERIAL_2023).period).toEqual({ start: '2023-04-19', end: '2023-09-29' });
    expect(sheet('2021-09-09-relaunch').period).toEqual({ start: null, end: '2021-09-09' });
  });

  it('tells the recommendations from the governments’ documents apart from submissions', () => {
    const found = sheet(MINISTERIAL_2023);
    expect(found.engagement.reportedFromDocuments).toBe(record.recommendations.filter((r) => r.meeting === MINISTERIAL_2023).length);
    expect(found.engagement.submitted).toBe(0);
  });
});

describe('a fact sheet never shows what is not public', () => {
  beforeAll(() => {
    insertRecommendation({ day: '2023-05-10', sector: 'civil_society', country: 'mx' }, [['2023-06-01', 'under_review']]);
    insertRecommendation({ day: '2023-06-10', sector: 'private_sector', country: 'us' });
    insertRecommendation({ day: '2023-07-10', sector: 'academia', country: 'us', consent: 'confidential', status: 'in_progress' }, [
      ['2023-07-11', 'in_progress'],
    ]);
    insertRecommendation({ day: '2023-07-12', sector: 'labor', country: 'other', status: 'hidden' }, [['2023-07-13', 'hidden']]);
    // Before the period: in progress from 2023-03, implemented 2023-04-01, so not in progress after it.
    insertRecommendation({ day: '2023-03-01', status: 'implemented' }, [
      ['2023-03-02', 'in_progress'],
      ['2023-04-01', 'implemented'],
    ]);
    // Awaiting the other government's confirmation: the meeting is named, the status is not yet implemented.
    const meetingId = database.db().select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, MINISTERIAL_2023)).get()!.id;
    insertRecommendation(
      { day: '2023-08-01', status: 'in_progress', pendingStatus: 'implemented', implementedMeetingId: meetingId, country: 'us' },
      [['2023-08-02', 'in_progress']],
    );
  });

  it('counts only public submissions in the period, by sector and country, and those with a public response', () => {
    const { engagement } = sheet(MINISTERIAL_2023);
    expect(engagement.submitted).toBe(3);
    expect(engagement.bySector).toEqual([
      { sector: 'civil_society', n: 2 },
      { sector: 'private_sector', n: 1 },
    ]);
    expect(engagement.byCountry).toEqual([
      { country: 'us', n: 2 },
      { country: 'mx', n: 1 },
    ]);
    expect(engagement.responded).toBe(2);
    expect(engagement.samples).toBe(0);
  });

  it('lists no confidential or hidden item, and nothing whose in-progress stretch ended before the period', () => {
    const found = sheet(MINISTERIAL_2023);
    const listed = [...found.implemented.items, ...found.inProgress.items, ...found.otherReported.items].map((r) => r.title);
    expect(listed).not.toContain('Test recommendation 3');
    expect(listed).not.toContain('Test recommendation 4');
    expect(listed).not.toContain('Test recommendation 5');
    expect(refs(sheet(REVIEW_2023).inProgress.items)).toContain('HLED-2023-0905');
  });

  it('does not count an implementation awaiting the other government as implemented', () => {
    const found = sheet(MINISTERIAL_2023);
    expect(refs(found.implemented.items)).not.toContain('HLED-2023-0906');
    expect(refs(found.inProgress.items)).toContain('HLED-2023-0906');
  });
});
