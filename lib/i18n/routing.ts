import { defineRouting } from 'next-intl/routing';
import { LOCALES } from '@/db/vocabulary';
import { siteUsesHttps } from '@/lib/security/transport';

/** The site's languages, one list with the database's (db/vocabulary.ts). */
export const locales = LOCALES;
export type Locale = (typeof locales)[number];

/**
 * The locale cookie (which only makes `/` remember a visitor's language) is Secure on an https site:
 * on the server from the configured address, in the browser, where next-intl sets it when the
 * language is switched, from the page's own protocol.
 */
export function localeCookieIsSecure(): boolean {
  if (typeof window !== 'undefined') return window.location.protocol === 'https:';
  return siteUsesHttps(process.env);
}

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  // Every address carries its language, so a shared link opens in the language it was shared in.
  localePrefix: 'always',
  localeCookie: { secure: localeCookieIsSecure() },
  // The pages name their alternates in their HTML (lib/public/metadata.ts), public pages only. next-intl's
  // HTTP Link header would name them on every address, private pages and 404s too, and call the
  // unprefixed address (a redirect chosen by cookie) x-default, contradicting the HTML.
  alternateLinks: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The locale of an address's first segment ("/es/no/such" -> "es", "/es?x=1" -> "es"), or null. */
export function localeOfAddress(url: string | undefined): Locale | null {
  const first = (url ?? '').split(/[/?#]/)[1] ?? '';
  return isLocale(first) ? first : null;
}
