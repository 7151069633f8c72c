/** Absolute addresses for the open data: the public page of a thing in both languages, and API links. */
import { publicBaseUrl } from '@/lib/config';

export type PageUrls = { en: string; es: string };

/**
 * `path` is the page's address after the locale, e.g. `/recommendations/HLED-2026-0042`. A caller making
 * many (the CSV export) reads `base` once: the environment is slow to read 180,000 times.
 */
export function pageUrls(path: string, base = publicBaseUrl()): PageUrls {
  return { en: `${base}/en${path}`, es: `${base}/es${path}` };
}

export function absoluteUrl(path: string, query?: URLSearchParams): string {
  const text = query?.toString();
  return `${publicBaseUrl()}${path}${text ? `?${text}` : ''}`;
}
