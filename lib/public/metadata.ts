/**
 * Page metadata shared by public pages: the canonical address and its other-language alternate
 * (hreflang), so search engines pair /en/x with /es/x.
 */
import type { Metadata } from 'next';
import { publicBaseUrl } from '@/lib/config';
import { routing, type Locale } from '@/lib/i18n/routing';

export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  const base = publicBaseUrl();
  const suffix = path === '/' ? '' : path;
  return {
    canonical: `${base}/${locale}${suffix}`,
    languages: { ...Object.fromEntries(routing.locales.map((l) => [l, `${base}/${l}${suffix}`])), 'x-default': `${base}/en${suffix}` },
  };
}
