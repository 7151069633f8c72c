import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as csvGet } from '@/app/api/v1/recommendations.csv/route';
import { GET as recommendationsGet } from '@/app/api/v1/recommendations/route';
import { pillars, recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import type { PublicItem } from '@/lib/public/register';
import { CSV_COLUMNS, csvCell, csvStream } from './csv';
import { call, callJson, parseCsv } from './test-helpers';

const database = useTemporaryGlobalDatabase();
const HOSTILE = '=HYPERLINK("x")';

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const pillar = db.select().from(pillars).where(eq(pillars.slug, 'investing-in-our-people')).get()!;
  db.insert(recommendations)
    .values({
      ref: 'HLED-2026-0900',
      pillarId: pillar.id,
      language: 'en',
      title: HOSTILE,
      body: '+1 line one,\nline "two"',
      sector: 'other',
      country: 'us',
      consent: 'name_and_organization',
      organization: '@Attackers, Inc.',
      submittedAt: new Date(),
    })
    .run();
});

async function download(query = '') {
  const response = await call(csvGet, `/api/v1/recommendations.csv${query}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('a CSV cell', () => {
  it('quotes what RFC 4180 needs quoted and defuses what a spreadsheet would run', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(HOSTILE)).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}cmd`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell(null)).toBe('');
    expect(csvCell(4)).toBe('4');
  });
});

describe('the CSV stream', () => {
  it('reads items only as the reader pulls rows', async () => {
    let taken = 0;
    function* many(): Generator<PublicItem> {
      for (let i = 0; i < 10_000; i++) {
        taken++;
        yield {
          ref: `HLED-2026-${i}`,
          pillar: { slug: 'p', number: 1 },
          topics: [],
          submittedAt: new Date(0),
          updatedAt: new Date(0),
        } as unknown as PublicItem;
      }
    }
    const reader = csvStream(many()).getReader();
    await reader.read();
    await reader.read();
    // Two reads take at most a few chunks of rows (500 each), not the 10,000.
    expect(taken).toBeLessThan(2_000);
    await reader.cancel();
  });
});

describe('GET /api/v1/recommendations.csv', () => {
  it('downloads a UTF-8 file with a byte-order mark, a dated name and the header row', async () => {
    const { response, bytes, text } = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="hled-recommendations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('ratelimit-limit')).toBeTruthy();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = parseCsv(text.slice(1));
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(header).toEqual(
      expect.arrayContaining(['pillar_slug', 'title_translation', 'body_translation', 'summary_en', 'summary_es', 'url_en', 'url_es']),
    );
  });

  it('has one row per item of the register, with accents intact and hostile cells defused', async () => {
    const { text } = await download();
    const [header, ...rows] = parseCsv(text.slice(1));
    const { body } = await callJson(recommendationsGet, '/api/v1/recommendations');
    expect(rows).toHaveLength(body.meta.total);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const hostile = Object.fromEntries(header!.map((name, i) => [name, rows.find((r) => r[0] === 'HLED-2026-0900')![i]]));
    expect(hostile).toMatchObject({ title: `'${HOSTILE}`, body: `'+1 line one,\nline "two"`, organization: `'@Attackers, Inc.` });
    expect(text).toContain('Conectividad 5G para clínicas rurales');
  });

  it('applies the register filters and refuses paging or a bad filter', async () => {
    const { text } = await download('?pillar=investing-in-our-people&status=received');
    const rows = parseCsv(text.slice(1)).slice(1);
    const { body } = await callJson(recommendationsGet, '/api/v1/recommendations?pillar=investing-in-our-people&status=received');
    expect(rows).toHaveLength(body.meta.total);
    expect(rows.length).toBeGreaterThan(0);
    const paged = await callJson(csvGet, '/api/v1/recommendations.csv?page=2');
    expect(paged.status).toBe(400);
    expect(paged.body.error.problems[0].parameter).toBe('page');
    const unknown = await callJson(csvGet, '/api/v1/recommendations.csv?pillar=atlantis');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0].parameter).toBe('pillar');
  });
});

describe("the export's own connection", () => {
  it('reads one snapshot: a row written during the download is not in it', async () => {
    const response = await call(csvGet, '/api/v1/recommendations.csv');
    const reader = response.body!.getReader();
    await reader.read(); // the header, then the first rows: the read transaction has begun
    await reader.read();
    const pillar = database.db().select().from(pillars).get()!;
    database
      .db()
      .insert(recommendations)
      .values({
        ref: 'HLED-2026-0950',
        pillarId: pillar.id,
        language: 'en',
        title: 'Written during the export',
        body: 'x',
        sector: 'other',
        country: 'us',
        consent: 'name_and_organization',
        submittedAt: new Date(),
      })
      .run();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).not.toContain('HLED-2026-0950');
    expect((await download()).text).toContain('HLED-2026-0950');
  });

  it('runs at most two exports at once and says when to try again', async () => {
    const first = await call(csvGet, '/api/v1/recommendations.csv');
    const second = await call(csvGet, '/api/v1/recommendations.csv');
    const third = await callJson(csvGet, '/api/v1/recommendations.csv');
    expect([first.status, second.status, third.status]).toEqual([200, 200, 503]);
    expect(third.headers.get('retry-after')).toBe('10');
    expect(third.body.error.message).toMatch(/try again/);
    await first.body!.cancel();
    const fourth = await call(csvGet, '/api/v1/recommendations.csv');
    expect(fourth.status).toBe(200);
    await Promise.all([second.body!.cancel(), fourth.body!.cancel()]);
  });
});
