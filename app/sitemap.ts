import type { MetadataRoute } from 'next';
import { desc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, meetings, pillars, publicRecommendations } from '@/db/schema';
import { publicBaseUrl } from '@/lib/config';
import { routing } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

// One sitemap may list 50,000 addresses; the rest of a very large register is reached through its pages.
const MAX_RECOMMENDATIONS = 45_000;
const STATIC_PATHS = ['', '/recommendations', '/you-said-we-did', '/decisions', '/meetings', '/data', '/submit'];

/** Every public page once, in English, with its Spanish alternate (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = publicBaseUrl();
  const db = getDb();
  const entry = (path: string, lastModified?: Date | string): MetadataRoute.Sitemap[number] => ({
    url: `${base}/${routing.defaultLocale}${path}`,
    lastModified,
    alternates: { languages: Object.fromEntries(routing.locales.map((locale) => [locale, `${base}/${locale}${path}`])) },
  });
  return [
    ...STATIC_PATHS.map((path) => entry(path)),
    ...db.select({ slug: pillars.slug }).from(pillars).all().map((p) => entry(`/pillars/${p.slug}`)),
    ...db.select({ slug: initiatives.slug }).from(initiatives).all().map((i) => entry(`/initiatives/${i.slug}`)),
    ...db.select({ slug: meetings.slug, date: meetings.date }).from(meetings).all().map((m) => entry(`/meetings/${m.slug}`, m.date)),
    ...db
      .select({ ref: publicRecommendations.ref, updatedAt: publicRecommendations.updatedAt })
      .from(publicRecommendations)
      .orderBy(desc(publicRecommendations.updatedAt))
      .limit(MAX_RECOMMENDATIONS)
      .all()
      .map((r) => entry(`/recommendations/${r.ref}`, r.updatedAt)),
  ];
}
