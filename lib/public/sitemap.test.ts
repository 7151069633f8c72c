import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { GET } from '@/app/sitemap.xml/route';
import { publicBaseUrl } from '@/lib/config';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { MAX_SITEMAP_URLS, sitemapPages, sitemapXml } from './sitemap';

useTemporaryGlobalDatabase();
const base = publicBaseUrl();
const fixture = (name: string) => ({
  fileName: name,
  contents: readFileSync(path.join(process.cwd(), 'test/fixtures/sitemaps', name), 'utf8'),
});

/** libxml2's verdict on `xml` against the sitemaps.org 0.9 schema (with the xhtml:link alternates). */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: fixture('sitemap.xsd'),
    preload: fixture('xhtml-link.xsd'),
    maxMemoryPages: 4096,
  });
  return result.errors.map((error) => error.message);
}

function urls(xml: string) {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, inner]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(inner!)![1]!,
    alternates: Object.fromEntries([...inner!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, href])),
  }));
}

describe('GET /sitemap.xml', () => {
  it('is valid against the sitemaps.org schema, lastmod included', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<lastmod>');
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it('fails the schema when an element is out of order, so the check above can fail', async () => {
    const broken = sitemapXml([{ path: '/meetings', lastModified: '2026-01-02' }]).replace(
      /(<lastmod>[^<]*<\/lastmod>)(.*?)(<\/url>)/,
      '$2$1$3',
    );
    expect((await schemaErrors(broken)).join('\n')).toMatch(/lastmod.*not expected/);
  });

  it('lists every language version of every page as its own address, with all its versions and x-default', async () => {
    const entries = urls(await GET().text());
    const locs = new Set(entries.map((e) => e.loc));
    expect(locs.has(`${base}/en`)).toBe(true);
    expect(locs.has(`${base}/es`)).toBe(true);
    expect(locs.has(`${base}/es/recommendations/HLED-2023-0001`)).toBe(true);
    expect([...locs].some((loc) => loc.endsWith('/submit'))).toBe(false);
    expect(entries.filter((e) => e.loc.startsWith(`${base}/es`)).length).toBe(entries.filter((e) => e.loc.startsWith(`${base}/en`)).length);
    for (const { loc, alternates } of entries) {
      expect(Object.keys(alternates).sort()).toEqual(['en', 'es', 'x-default']);
      expect(Object.values(alternates)).toContain(loc);
      expect(alternates['x-default']).toBe(alternates.en);
      // Each alternate is listed with the same set of versions (hreflang goes both ways).
      for (const href of Object.values(alternates)) expect(entries.find((e) => e.loc === href)?.alternates).toEqual(alternates);
    }
  });

  it("stays within the protocol's 50,000 addresses, leaving out the least recently updated recommendations", () => {
    expect(MAX_SITEMAP_URLS).toBe(50_000);
    const all = sitemapPages();
    const recordPages = all.filter((p) => !p.path.startsWith('/recommendations/')).length;
    const capped = sitemapPages((recordPages + 5) * 2);
    expect(capped.length).toBe(recordPages + 5);
    const kept = capped.filter((p) => p.path.startsWith('/recommendations/'));
    const dates = kept.map((p) => new Date(p.lastModified!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(all.filter((p) => p.path.startsWith('/recommendations/')).length).toBeGreaterThan(5);
  });
});
