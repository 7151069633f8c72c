'use client';

import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs the page in this browser.
 * For the parts of a page that only work with JavaScript (a print button, a form whose submit is
 * a server action): they can wait, visibly, instead of pretending to work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
