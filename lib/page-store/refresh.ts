/**
 * Replacing stored public pages when an action changes what they show. revalidatePath expires them in
 * the page store (handler.mjs) before the action answers, in every server process on the machine, and,
 * when a shared cache is configured, purges them there too (purge.mjs); the next visitor gets a fresh
 * render. Hiding, consent, withdrawal and merges go through here, never through a time limit.
 */
import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { locales } from '@/lib/i18n/routing';
import { pagesShowingInitiative, pagesShowingRecommendations, pagesShowingSubmitter } from './stored-pages';

/** `/recommendations/X` → `/en/recommendations/X`, `/es/recommendations/X`; `/` → `/en`, `/es`. */
export function localizedPaths(pages: Iterable<string>): string[] {
  return [...new Set(pages)].flatMap((page) => locales.map((locale) => (page === '/' ? `/${locale}` : `/${locale}${page}`)));
}

export function replaceStoredPages(pages: Iterable<string>): void {
  for (const path of localizedPaths(pages)) revalidatePath(path);
}

/** Runs a change and replaces the stored pages that showed its subject before it or show it after. */
export async function changing<T>(pagesNow: () => string[], change: () => T | Promise<T>): Promise<T> {
  const before = pagesNow();
  const result = await change();
  replaceStoredPages([...before, ...pagesNow()]);
  return result;
}

export const recommendationPages =
  (...refs: string[]) =>
  () =>
    pagesShowingRecommendations(getDb(), refs);
export const initiativePages = (slug: string) => () => pagesShowingInitiative(getDb(), slug);
export const submitterPages = (userId: number) => () => pagesShowingSubmitter(getDb(), userId);
