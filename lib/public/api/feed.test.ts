import { eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as feedGet } from '@/app/feed.xml/route';
import { historyEvents, recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { publicBaseUrl } from '@/lib/config';
import { listPublicDecisions, STATUS_DECISION_KINDS } from '@/lib/public/decisions';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { FEED_ENTRIES } from './atom';
import { xmlEscape } from './xml';
import { call } from './test-helpers';

const database = useTemporaryGlobalDatabase();
const base = publicBaseUrl();

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const item = db.select().from(recommendations).where(like(recommendations.title, 'Offer NIST%')).get()!;
  db.update(recommendations).set({ title: 'Workshops <b>for</b> small & medium firms' }).where(eq(recommendations.id, item.id)).run();
  db.insert(historyEvents)
    .values({
      recommendationId: item.id,
      actorRole: 'coordinator',
      kind: 'status_changed',
      fromStatus: 'received',
      toStatus: 'under_review',
      isPublic: true,
      publicResponseEn: '<script>alert("x")</script> & more',
      publicResponseEs: 'Respuesta en español',
    })
    .run();
});

async function feed(query = '') {
  const response = await call(feedGet, `/feed.xml${query}`);
  return { response, xml: await response.text() };
}

/** A light well-formedness check: every element opened is closed, in order. */
function balanced(xml: string): boolean {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('GET /feed.xml', () => {
  it('is an Atom feed of the latest public status changes', async () => {
    const { response, xml } = await feed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(balanced(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${base}/feed.xml"/>`);
    expect(xml).toMatch(/<feed[^>]*>\n<id>tag:hled\.example,2026:decisions\/en<\/id>\n<title>[^<]+<\/title>/);
    const log = listPublicDecisions({ limit: 100, kinds: STATUS_DECISION_KINDS });
    if ('unknown' in log) throw new Error('unexpected');
    // Beside the decisions, the feed announces the opening of each call for input (lib/calls/feed.ts).
    const calls = xml.split('<entry>').filter((e) => e.includes(':call/'));
    expect(calls.join('')).toContain('tag:hled.example,2026:call/sample-call-mid-year-review/opened');
    expect(calls.join('')).toContain(`href="${base}/en/calls/sample-call-mid-year-review"`);
    const entries = xml
      .split('<entry>')
      .slice(1)
      .filter((e) => !e.includes(':call/'));
    expect(entries).toHaveLength(Math.min(FEED_ENTRIES, log.decisions.length));
    for (const entry of entries) {
      expect(entry).toMatch(
        /^<id>tag:hled\.example,2026:recommendation\/HLED-\d{4}-\d{4,}\/decision\/\d+<\/id><title( type="xhtml")?>.+<\/title><updated>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/updated><link rel="alternate"/,
      );
      expect(entry).toContain(`href="${base}/en/recommendations/HLED-`);
    }
  });

  it('escapes every text, so a response cannot inject markup', async () => {
    const { xml } = await feed();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(xml).toContain('Workshops &lt;b&gt;for&lt;/b&gt; small &amp; medium firms');
    expect(xmlEscape("a\u0002b'")).toBe('ab&apos;');
  });

  it('speaks Spanish with ?locale=es, and refuses another language', async () => {
    const { xml } = await feed('?locale=es');
    expect(xml).toContain('xml:lang="es"');
    expect(xml).toContain(`href="${base}/feed.xml?locale=es"`);
    expect(xml).toContain(`${base}/es/recommendations/HLED-`);
    expect(xml).toContain('Respuesta en español');
    expect(xml).toContain('En revisión');
    expect((await feed('?locale=fr')).response.status).toBe(400);
  });

  it("says in each entry what changed and the response, in the reader's language", async () => {
    const english = (await feed()).xml.split('<entry>').find((e) => e.includes('Workshops'))!;
    expect(english).toContain('<summary>Moved from “Received” to “Under review”. Response: &lt;script&gt;');
    const spanish = (await feed('?locale=es')).xml.split('<entry>').find((e) => e.includes('Workshops'))!;
    // The item is in English: its Spanish response is a translation nobody has checked, and says so.
    expect(spanish).toContain(
      '<summary>Pasó de “Recibida” a “En revisión”. Respuesta: Respuesta en español (Traducción aún no revisada por una persona)</summary>',
    );
    expect(english).not.toContain('no revisada');
    for (const entry of (await feed()).xml.split('<entry>').slice(1)) expect(entry).toMatch(/<summary( type="xhtml")?>.{12,}<\/summary>/);
  });

  it("marks an untranslated original with its language, in a title that also speaks the feed's", async () => {
    const log = listPublicDecisions({ limit: 100, kinds: STATUS_DECISION_KINDS });
    if ('unknown' in log) throw new Error('unexpected');
    const spanishOnly = log.decisions.find(
      (d) => d.recommendation.textKind === 'full' && d.recommendation.language === 'es' && d.recommendation.translationLocale !== 'en',
    );
    expect(spanishOnly).toBeDefined();
    const entry = (await feed()).xml.split('<entry>').find((e) => e.includes(`/decision/${spanishOnly!.id}<`))!;
    expect(entry).toContain(`<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${spanishOnly!.recommendation.ref} · `);
    expect(entry).toContain(`<span xml:lang="es">${xmlEscape(spanishOnly!.recommendation.title!)}</span></div></title>`);
    // In the Spanish feed the same title is in the feed's own language: plain text.
    const spanishEntry = (await feed('?locale=es')).xml.split('<entry>').find((e) => e.includes(`/decision/${spanishOnly!.id}<`))!;
    expect(spanishEntry).toMatch(/<title>[^<]+<\/title>/);
  });

  it('keeps its ids when the site moves, under the configured tag authority', async () => {
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    const before = ids((await feed()).xml);
    vi.stubEnv('APP_URL', 'https://moved.example.org');
    const moved = (await feed()).xml;
    expect(moved).toContain('href="https://moved.example.org/en/recommendations/HLED-');
    expect(ids(moved)).toEqual(before);
    vi.stubEnv('FEED_TAG_AUTHORITY', 'dialogue@trade.example.gov,2026-05');
    expect(ids((await feed()).xml)[0]).toBe('tag:dialogue@trade.example.gov,2026-05:decisions/en');
    vi.stubEnv('FEED_TAG_AUTHORITY', 'https://not a tagging entity');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(ids((await feed()).xml)).toEqual(before);
    vi.unstubAllEnvs();
  });

  it('answers 304 when the feed has not changed', async () => {
    const { response } = await feed();
    const again = await call(feedGet, '/feed.xml', {}, { headers: { 'If-None-Match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
