import { eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pillars, publicRecommendations, recommendations, recommendationTranslations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { searchRegister, registerExportQuery, publicItemColumns, MARK_START, MARK_END, type RegisterPage } from './register';
import { parseRegisterFiltersLenient, parseRegisterFiltersStrict } from './register-filters';

const database = useTemporaryGlobalDatabase();

beforeAll(async () => {
  await seedDemoData(database.db());
});

function page(query: string): RegisterPage {
  const result = searchRegister(parseRegisterFiltersLenient(new URLSearchParams(query)));
  if ('unknown' in result) throw new Error(`unknown ${result.unknown}`);
  return result;
}
const byTitle = (title: string) =>
  database
    .db()
    .select()
    .from(recommendations)
    .where(like(recommendations.title, `${title}%`))
    .get()!;

describe('the public register', () => {
  it('lists every public item and never a confidential or hidden one', () => {
    const db = database.db();
    const all = db.select().from(recommendations).all();
    const expected = all
      .filter((r) => r.status !== 'hidden' && r.consent !== 'confidential')
      .map((r) => r.ref)
      .sort();
    const listed = page('page=1').items.length;
    expect(page('').total).toBe(expected.length);
    expect(listed).toBe(Math.min(25, expected.length));
    const confidential = all.find((r) => r.consent === 'confidential')!;
    expect(page(`q=${encodeURIComponent(confidential.title.split(' ').slice(0, 3).join(' '))}`).items.map((i) => i.ref)).not.toContain(
      confidential.ref,
    );
  });

  it('finds an accented Spanish title from a query typed without accents, and marks the match', () => {
    const result = page('q=conectividad clinicas');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.highlights!.title).toContain(`${MARK_START}clínicas${MARK_END}`);
    expect(result.facets.status).toEqual({ under_review: 1 });
  });

  it('searches translations, so an English query finds a Spanish original', () => {
    const original = byTitle('Crédito para micronegocios de jóvenes indígenas');
    const spanish = database
      .db()
      .select()
      .from(recommendations)
      .where(eq(recommendations.language, 'es'))
      .all()
      .find((r) => r.consent === 'name_and_organization')!;
    database
      .db()
      .insert(recommendationTranslations)
      .values({ recommendationId: spanish.id, locale: 'en', title: 'Zanzibar translated heading', body: 'Text' })
      .run();
    expect(page('q=zanzibar').items.map((i) => i.ref)).toEqual([spanish.ref]);
    // A summary-only item is never found by its withheld original words.
    expect(page('q=micronegocios').items.map((i) => i.ref)).not.toContain(original.ref);
  });

  it('takes a withdrawn text out of the index when its submitter asks', () => {
    const row = byTitle('Promote the APEC Cross-Border Privacy Rules system');
    expect(page('q=APEC privacy').total).toBe(1);
    database
      .db()
      .update(recommendations)
      .set({ status: 'withdrawn', hideTextWhenWithdrawn: true })
      .where(eq(recommendations.id, row.id))
      .run();
    expect(page('q=APEC privacy').total).toBe(0);
    const withdrawn = page('status=withdrawn').items.find((i) => i.ref === row.ref)!;
    expect(withdrawn.textKind).toBe('withheld');
    expect(withdrawn.title).toBeNull();
  });

  it('counts each filter value under the other filters', () => {
    const result = page('pillar=investing-in-our-people');
    const statusTotal = Object.values(result.facets.status).reduce((a, b) => a + b, 0);
    expect(statusTotal).toBe(result.total);
    expect(Object.keys(result.facets.pillar).length).toBeGreaterThan(1);
    expect(result.items.every((i) => i.pillar.slug === 'investing-in-our-people')).toBe(true);
  });

  it('treats search syntax as words and a query of only punctuation as matching nothing', () => {
    expect(page('q=' + encodeURIComponent('"NEAR( * OR')).total).toBeGreaterThanOrEqual(0);
    expect(page('q=' + encodeURIComponent('"*()')).total).toBe(0);
  });

  it('names the parameter that is wrong, for the API', () => {
    const result = parseRegisterFiltersStrict(new URLSearchParams('per_page=500&status=hidden&colour=red'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.parameter).sort()).toEqual(['colour', 'per_page', 'status']);
    expect(searchRegister({ ...parseRegisterFiltersLenient({}), pillar: 'atlantis' })).toEqual({ unknown: 'pillar', value: 'atlantis' });
  });

  it('exports every item under the filters; the export and the register decode items as drizzle maps them', () => {
    const query = registerExportQuery(parseRegisterFiltersLenient({}));
    if ('unknown' in query) throw new Error('unexpected');
    const rows = database
      .db()
      .$client.prepare(query.sql)
      .raw(true)
      .all(...query.params) as unknown[][];
    expect(rows.length).toBe(page('').total);
    // The reference: drizzle's own mapping of the same columns (the register and the export decode raw rows).
    const mapped = new Map(
      database
        .db()
        .select(publicItemColumns)
        .from(publicRecommendations)
        .innerJoin(pillars, eq(pillars.id, publicRecommendations.pillarId))
        .all()
        .map((item) => [item.ref, item]),
    );
    const listed = page('per_page=100').items.map(({ highlights: _, ...item }) => item);
    const decoded = rows.map(query.decode).filter((item) => listed.some((l) => l.ref === item.ref));
    expect(decoded.length).toBeGreaterThan(10);
    expect(listed.some((item) => item.translationLocale !== null)).toBe(true);
    for (const item of [...decoded, ...listed]) expect(item).toEqual(mapped.get(item.ref));
  });
});

describe('one public recommendation', () => {
  it('traces a seeded recommendation to its initiatives, their progress and its source', async () => {
    const { getPublicRecommendation } = await import('./recommendation');
    const item = getPublicRecommendation('HLED-2023-0001')!;
    expect(item.links.length).toBeGreaterThan(0);
    expect(item.links[0]!.progress.length).toBeGreaterThan(0);
    expect(item.source?.slug).toBeTruthy();
    expect(item.timeline.length).toBeGreaterThan(0);
  });

  it('does not exist for the public when it is confidential', async () => {
    const { getPublicRecommendation } = await import('./recommendation');
    const confidential = database.db().select().from(recommendations).where(eq(recommendations.consent, 'confidential')).get()!;
    expect(getPublicRecommendation(confidential.ref)).toBeNull();
  });
});

describe('you said, we did', () => {
  it('groups answered recommendations by pillar with their latest public response and initiatives', async () => {
    const { listOutcomes } = await import('./outcomes');
    const groups = listOutcomes();
    if ('unknown' in groups) throw new Error('unexpected');
    const outcomes = groups.flatMap((g) => g.outcomes);
    expect(outcomes.map((o) => o.item.ref).sort()).toEqual(
      database
        .db()
        .select()
        .from(recommendations)
        .all()
        .filter((r) => ['implemented', 'in_progress', 'accepted', 'not_adopted'].includes(r.status))
        .map((r) => r.ref)
        .sort(),
    );
    const first = outcomes.find((o) => o.item.ref === 'HLED-2023-0001')!;
    expect(first.response?.en).toBeTruthy();
    expect(first.initiatives.map((i) => i.slug)).toContain('investors-one-stop-shop');
    expect(first.implementedMeeting?.slug).toBe('2023-04-18-mid-year-review');
    const byMeeting = listOutcomes('2023-09-29-ministerial');
    if ('unknown' in byMeeting) throw new Error('unexpected');
    expect(byMeeting.flatMap((g) => g.outcomes).map((o) => o.item.ref)).toContain('HLED-2023-0004');
    expect(listOutcomes('atlantis')).toEqual({ unknown: 'meeting', value: 'atlantis' });
  });

  it('bounds each pillar to its newest answered recommendations, with the true total and one pillar a page at a time', async () => {
    const { listOutcomes, OUTCOMES_PER_PILLAR } = await import('./outcomes');
    const groups = listOutcomes();
    if ('unknown' in groups) throw new Error('unexpected');
    for (const group of groups) {
      expect(group.outcomes.length).toBe(Math.min(group.total, OUTCOMES_PER_PILLAR));
      const alone = listOutcomes(undefined, { pillar: group.pillar.slug });
      if ('unknown' in alone) throw new Error('unexpected');
      expect(alone.map((g) => [g.pillar.slug, g.total, g.page])).toEqual([[group.pillar.slug, group.total, 1]]);
      // The newest first, the same on both pages: the page of all pillars shows the start of the pillar's list.
      expect(alone[0]!.outcomes.slice(0, group.outcomes.length).map((o) => o.item.ref)).toEqual(group.outcomes.map((o) => o.item.ref));
      const pastTheEnd = listOutcomes(undefined, { pillar: group.pillar.slug, page: 99 });
      if ('unknown' in pastTheEnd) throw new Error('unexpected');
      expect(pastTheEnd[0]!.page).toBe(group.pages);
    }
    expect(listOutcomes(undefined, { pillar: 'atlantis' })).toEqual({ unknown: 'pillar', value: 'atlantis' });
  });
});

describe('a public summary', () => {
  it('is what the public reads and finds of a summary-only recommendation', async () => {
    const { publishSummary } = await import('@/lib/triage/public-summary');
    const { loadUser } = await import('@/lib/auth/current-user');
    const { users } = await import('@/db/schema');
    const coordinator = loadUser(database.db().select().from(users).where(eq(users.email, 'coordinator.mx@hled.example')).get()!.id, null)!;
    const row = database.db().select().from(recommendations).where(eq(recommendations.consent, 'summary_only')).get()!;
    publishSummary(coordinator, { ref: row.ref, version: row.version, summaryEs: 'Financiamiento para jóvenes emprendedores' });
    const found = page('q=emprendedores');
    expect(found.items.map((i) => i.ref)).toEqual([row.ref]);
    expect(found.items[0]!.summaryEs).toBe('Financiamiento para jóvenes emprendedores');
    expect(found.items[0]!.title).toBeNull();
    const other = database.db().select().from(recommendations).where(eq(recommendations.consent, 'name_and_organization')).get()!;
    expect(() => publishSummary(coordinator, { ref: other.ref, version: other.version, summaryEn: 'x' })).toThrow('notSummaryOnly');
  });
});

describe('a merged recommendation', () => {
  it('names the original it was merged into, and the original lists it', async () => {
    const { getPublicRecommendation } = await import('./recommendation');
    const rows = database.db().select().from(recommendations).where(eq(recommendations.consent, 'name_and_organization')).all();
    const [duplicate, original] = [rows[0]!, rows[1]!];
    database
      .db()
      .update(recommendations)
      .set({ status: 'merged', mergedIntoId: original.id })
      .where(eq(recommendations.id, duplicate.id))
      .run();
    expect(getPublicRecommendation(duplicate.ref)!.mergedInto).toBe(original.ref);
    expect(getPublicRecommendation(original.ref)!.duplicates).toContain(duplicate.ref);
  });
});
