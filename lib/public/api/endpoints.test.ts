import { beforeAll, describe, expect, it } from 'vitest';
import { GET as initiativeGet } from '@/app/api/v1/initiatives/[slug]/route';
import { GET as initiativesGet } from '@/app/api/v1/initiatives/route';
import { GET as meetingGet } from '@/app/api/v1/meetings/[slug]/route';
import { GET as meetingsGet } from '@/app/api/v1/meetings/route';
import { GET as pillarsGet } from '@/app/api/v1/pillars/route';
import { GET as recommendationGet } from '@/app/api/v1/recommendations/[ref]/route';
import { GET as recommendationsGet } from '@/app/api/v1/recommendations/route';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { publicBaseUrl } from '@/lib/config';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { callJson } from './test-helpers';

const database = useTemporaryGlobalDatabase();
const base = publicBaseUrl();

beforeAll(async () => {
  await seedDemoData(database.db());
});

describe('GET /api/v1/pillars', () => {
  it('lists the four pillars in both languages with their public counts and page addresses', async () => {
    const { status, body } = await callJson(pillarsGet, '/api/v1/pillars');
    expect(status).toBe(200);
    expect(body.data.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4]);
    const people = body.data.find((p: { slug: string }) => p.slug === 'investing-in-our-people');
    expect(people.title.en).toBeTruthy();
    expect(people.title.es).toBeTruthy();
    expect(people.purpose.es).toBeTruthy();
    expect(people.url).toEqual({ en: `${base}/en/pillars/investing-in-our-people`, es: `${base}/es/pillars/investing-in-our-people` });
    expect(people.recommendations_by_status.hidden).toBeUndefined();
    expect(body.meta).toEqual({ total: 4, page: 1, per_page: 100, pages: 1 });
    expect(body.links).toEqual({ self: `${base}/api/v1/pillars`, next: null, prev: null });
  });

  it('pages when asked and links the neighbouring pages', async () => {
    const { body } = await callJson(pillarsGet, '/api/v1/pillars?per_page=3&page=2');
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 4, page: 2, per_page: 3, pages: 2 });
    expect(body.links.prev).toBe(`${base}/api/v1/pillars?per_page=3`);
    expect(body.links.next).toBeNull();
  });

  it('refuses an unknown parameter and a page size over 100, naming each', async () => {
    const { status, body } = await callJson(pillarsGet, '/api/v1/pillars?per_page=500&colour=red');
    expect(status).toBe(400);
    expect(body.error.status).toBe(400);
    expect(body.error.problems.map((p: { parameter: string }) => p.parameter).sort()).toEqual(['colour', 'per_page']);
    expect(body.error.message).toContain('per_page');
  });
});

describe('GET /api/v1/initiatives', () => {
  it("lists initiatives with both governments' leads, filtered by pillar and state", async () => {
    const all = await callJson(initiativesGet, '/api/v1/initiatives');
    expect(all.body.meta.total).toBeGreaterThan(4);
    const { body } = await callJson(initiativesGet, '/api/v1/initiatives?pillar=investing-in-our-people&state=active');
    expect(body.data.length).toBeGreaterThan(0);
    expect(
      body.data.every(
        (i: { pillar: { slug: string }; state: string }) => i.pillar.slug === 'investing-in-our-people' && i.state === 'active',
      ),
    ).toBe(true);
    const led = all.body.data.find((i: { leads: { us: unknown[]; mx: unknown[] } }) => i.leads.us.length > 0 && i.leads.mx.length > 0);
    expect(led.leads.us[0]).toMatchObject({
      government: 'us',
      acronym: expect.any(String),
      name: { en: expect.any(String), es: expect.any(String) },
    });
  });

  it('answers 400 naming the pillar when the pillar filter names nothing', async () => {
    const { status, body } = await callJson(initiativesGet, '/api/v1/initiatives?pillar=atlantis');
    expect(status).toBe(400);
    expect(body.error.problems).toEqual([{ parameter: 'pillar', message: expect.stringContaining('atlantis') }]);
  });

  it('gives one initiative with its progress, sources and public recommendations, or 404', async () => {
    const list = await callJson(initiativesGet, '/api/v1/initiatives');
    const linked = list.body.data.find((i: { recommendation_count: number }) => i.recommendation_count > 0);
    const { status, body } = await callJson(initiativeGet, `/api/v1/initiatives/${linked.slug}`, { slug: linked.slug });
    expect(status).toBe(200);
    expect(body.data.slug).toBe(linked.slug);
    expect(body.data.recommendations).toHaveLength(linked.recommendation_count);
    expect(body.data.recommendations[0].link_explanation).toHaveProperty('es');
    expect(body.data.progress[0]).toMatchObject({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      text: { en: expect.any(String), es: expect.any(String) },
    });
    const missing = await callJson(initiativeGet, '/api/v1/initiatives/nothing-here', { slug: 'nothing-here' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { status: 404, message: expect.stringContaining('nothing-here') } });
  });
});

describe('GET /api/v1/meetings', () => {
  it('lists meetings newest first, and gives one as its fact sheet', async () => {
    const { body } = await callJson(meetingsGet, '/api/v1/meetings');
    const dates = body.data.map((m: { date: string }) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const reporting = [];
    for (const meeting of body.data) {
      const one = await callJson(meetingGet, `/api/v1/meetings/${meeting.slug}`, { slug: meeting.slug });
      expect(one.status).toBe(200);
      expect(one.body.data.url.es).toBe(`${base}/es/meetings/${meeting.slug}`);
      if (one.body.data.recommendations.length > 0) reporting.push(one.body.data);
    }
    expect(reporting.length).toBeGreaterThan(0);
    expect(reporting[0].progress[0].initiative.slug).toBeTruthy();
    expect((await callJson(meetingGet, '/api/v1/meetings/nope', { slug: 'nope' })).status).toBe(404);
  });
});

describe('GET /api/v1/recommendations', () => {
  it('lists the register with totals, facets and page links', async () => {
    const { status, body } = await callJson(recommendationsGet, '/api/v1/recommendations?per_page=5&page=2');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(5);
    expect(body.meta).toMatchObject({ page: 2, per_page: 5, pages: Math.ceil(body.meta.total / 5) });
    expect(Object.values(body.meta.facets.status as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(body.meta.total);
    expect(body.links.next).toBe(`${base}/api/v1/recommendations?per_page=5&page=3`);
    expect(body.links.prev).toBe(`${base}/api/v1/recommendations?per_page=5`);
  });

  it('searches and filters like the register page, without the highlight marks', async () => {
    const { body } = await callJson(recommendationsGet, '/api/v1/recommendations?q=conectividad%20clinicas');
    expect(body.meta.total).toBe(1);
    const item = body.data[0];
    expect(item.title).toContain('clínicas');
    expect(JSON.stringify(body)).not.toMatch(/[\u0002\u0003]/);
    expect(item).toMatchObject({
      language: 'es',
      text_kind: 'full',
      status: 'under_review',
      url: { en: `${base}/en/recommendations/${item.ref}` },
    });
    const filtered = await callJson(recommendationsGet, '/api/v1/recommendations?status=implemented&country=other');
    expect(filtered.body.data.every((r: { status: string }) => r.status === 'implemented')).toBe(true);
  });

  it('keeps the original beside its translation, and gives a summary-only item its summary', async () => {
    const { body } = await callJson(recommendationsGet, '/api/v1/recommendations?per_page=100');
    const translated = body.data.find((r: { translation: unknown }) => r.translation);
    expect(translated.translation).toMatchObject({
      language: translated.language === 'en' ? 'es' : 'en',
      title: expect.any(String),
      human_checked: expect.any(Boolean),
    });
    expect(translated.title).not.toBe(translated.translation.title);
    const summary = body.data.find((r: { text_kind: string }) => r.text_kind === 'summary');
    // The sample's coordinators have not written its summary yet: the original text still stays out.
    expect(summary).toMatchObject({ title: null, body: null, translation: null, summary: { en: null, es: null } });
  });

  it('names every bad parameter, and an unknown meeting', async () => {
    const bad = await callJson(recommendationsGet, '/api/v1/recommendations?status=hidden&per_page=101&sort=random');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.map((p: { parameter: string }) => p.parameter).sort()).toEqual(['per_page', 'sort', 'status']);
    const unknown = await callJson(recommendationsGet, '/api/v1/recommendations?meeting=no-such-meeting');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0]).toMatchObject({ parameter: 'meeting', message: expect.stringContaining('no-such-meeting') });
  });

  it('gives one recommendation with its trail, and 404 for a ref nobody may see', async () => {
    const { status, body } = await callJson(recommendationGet, '/api/v1/recommendations/HLED-2023-0001', { ref: 'HLED-2023-0001' });
    expect(status).toBe(200);
    expect(body.data.ref).toBe('HLED-2023-0001');
    expect(body.data.links[0]).toMatchObject({ initiative: { slug: expect.any(String) }, explanation: { en: expect.any(String) } });
    expect(body.data.timeline[0]).toMatchObject({
      kind: 'seeded',
      at: expect.stringMatching(/T.*Z$/),
      response: { en: expect.any(String) },
    });
    expect(body.data.source).toMatchObject({ slug: expect.any(String), title: { en: expect.any(String), es: expect.any(String) } });
    const missing = await callJson(recommendationGet, '/api/v1/recommendations/HLED-1999-0001', { ref: 'HLED-1999-0001' });
    expect(missing.status).toBe(404);
  });
});
