/**
 * Page metadata shared by public pages: the canonical address and its other-language alternates
 * (hreflang), so search engines pair /en/x with /es/x, and titles short enough to be shown whole.
 *
 * The HTML is the only place that names alternates: next-intl's HTTP Link header is switched off
 * (lib/i18n/routing.ts), so a page has one x-default, and private pages and errors have none.
 */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { publicBaseUrl } from '@/lib/config';
import { routing, type Locale } from '@/lib/i18n/routing';

/** The language a visitor who matches neither gets: the same page in English, as in the sitemap. */
export const X_DEFAULT_LOCALE: Locale = 'en';

export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  const urls = localizedUrls(path);
  return { canonical: urls[locale], languages: { ...urls, 'x-default': urls[X_DEFAULT_LOCALE] } };
}

/** The metadata of a page of the site's notices (privacy, accessibility, contact): its messages' title and description. */
export function noticeMetadata(namespace: 'privacy' | 'accessibility' | 'contact', path: string) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t('title'), description: t('description'), alternates: alternates(locale, path) };
  };
}

/** The absolute address of a page (`path` after the locale, '/' for home) in every language. */
export function localizedUrls(path: string): Record<Locale, string> {
  const base = publicBaseUrl();
  const suffix = path === '/' ? '' : path;
  return Object.fromEntries(routing.locales.map((l) => [l, `${base}/${l}${suffix}`])) as Record<Locale, string>;
}

/** Search results cut titles past about 60–70 characters; the site's name is appended to every page's own. */
export const MAX_TITLE_LENGTH = 70;
export const TITLE_SEPARATOR = ' · ';

/** `text` cut at a word boundary (with an ellipsis) so that `text · suffix` fits in `max` characters. */
export function fitTitle(text: string, suffix: string, max = MAX_TITLE_LENGTH): string {
  const room = max - TITLE_SEPARATOR.length - suffix.length;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= room) return clean;
  const cut = clean.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:·–-]+$/, '')}…`;
}

/** The title template of every page in `locale`: the page's own title, then the site's short name. */
export async function titleTemplate(locale: Locale): Promise<{ default: string; template: string }> {
  const t = await getTranslations({ locale, namespace: 'site' });
  return { default: t('name'), template: `%s${TITLE_SEPARATOR}${t('titleSuffix')}` };
}

/** A page's own title, cut to fit beside the site's short name. */
export async function pageTitle(locale: Locale, text: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'site' });
  return fitTitle(text, t('titleSuffix'));
}

/** The not-found title. Next.js adds `noindex` to a response it already knows is a 404. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('title') };
}

/**
 * For a page whose slug or reference names nothing: the not-found title, not indexed (a stored page
 * learns it is a 404 only after its head is written), no alternates.
 */
export async function missingPageMetadata(locale: Locale): Promise<Metadata> {
  return { ...(await notFoundMetadata(locale)), robots: { index: false, follow: true } };
}
