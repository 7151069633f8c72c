/**
 * The sitemap (sitemaps.org 0.9) with hreflang alternates, written by hand rather than by Next.js'
 * `sitemap.ts` convention, whose serializer puts `<lastmod>` after the `<xhtml:link>` elements, an order
 * the schema refuses. Every language's page is a `<url>` of its own, listing all its language versions
 * (itself included) and x-default, which is how search engines read hreflang in a sitemap.
 */
import { desc, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { calls, initiatives, meetings, pillars, publicRecommendations } from '@/db/schema';
import { routing } from '@/lib/i18n/routing';
import { localizedUrls, X_DEFAULT_LOCALE } from '@/lib/public/metadata';
import { xmlEscape } from '@/lib/public/api/xml';

/** The protocol's limit of addresses in one sitemap file. */
export const MAX_SITEMAP_URLS = 50_000;
/** Public pages without a slug. /submit is left out: it asks visitors to sign in and is never indexed. */
const STATIC_PATHS = [
  '/',
  '/recommendations',
  '/you-said-we-did',
  '/decisions',
  '/meetings',
  '/calls',
  '/data',
  '/privacy',
  '/accessibility',
  '/contact',
];

type Page = { path: string; lastModified?: Date | string };

function lastmod(value: Date | string | undefined): string {
  if (value === undefined) return '';
  return `<lastmod>${typeof value === 'string' ? value : value.toISOString()}</lastmod>`;
}

/** One `<url>` per language version of `page`, each listing every version and x-default. */
function urlEntries(page: Page): string[] {
  const urls = localizedUrls(page.path);
  const links = [...routing.locales.map((l) => [l, urls[l]] as const), ['x-default', urls[X_DEFAULT_LOCALE]] as const]
    .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${xmlEscape(href)}"/>`)
    .join('');
  return routing.locales.map((locale) => `<url><loc>${xmlEscape(urls[locale])}</loc>${lastmod(page.lastModified)}${links}</url>`);
}

/**
 * Every public page, in every language. Recommendations fill what the protocol's 50,000 addresses leave,
 * most recently updated first; the rest of a very large register is reached through its pages.
 */
export function sitemapPages(maxUrls = MAX_SITEMAP_URLS): Page[] {
  const db = getDb();
  const record: Page[] = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...db
      .select({ slug: pillars.slug })
      .from(pillars)
      .all()
      .map((p) => ({ path: `/pillars/${p.slug}` })),
    ...db
      .select({ slug: initiatives.slug })
      .from(initiatives)
      .all()
      .map((i) => ({ path: `/initiatives/${i.slug}` })),
    ...db
      .select({ slug: meetings.slug, date: meetings.date })
      .from(meetings)
      .all()
      .map((m) => ({ path: `/meetings/${m.slug}`, lastModified: m.date })),
    // Calls for input once opened (a draft is the coordinators' own).
    ...db
      .select({ slug: calls.slug })
      .from(calls)
      .where(ne(calls.state, 'draft'))
      .all()
      .map((c) => ({ path: `/calls/${c.slug}` })),
  ];
  const room = Math.max(0, Math.floor(maxUrls / routing.locales.length) - record.length);
  const recommendations = db
    .select({ ref: publicRecommendations.ref, updatedAt: publicRecommendations.updatedAt })
    .from(publicRecommendations)
    .orderBy(desc(publicRecommendations.updatedAt))
    .limit(room)
    .all()
    .map((r) => ({ path: `/recommendations/${r.ref}`, lastModified: r.updatedAt }));
  return [...record, ...recommendations];
}

export function sitemapXml(pages = sitemapPages()): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap(urlEntries),
    '</urlset>',
    '',
  ].join('\n');
}
