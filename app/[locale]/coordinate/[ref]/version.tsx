'use client';

import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/**
 * The version of the recommendation this page's forms act on. It starts at the version the page was
 * rendered with and moves on with every change this page makes (each action returns the new version),
 * so one coordinator's successive actions never conflict with each other, while a change made by
 * someone else since the page was opened still does.
 */
type VersionStore = { get: () => number; set: (version: number) => void };

const VersionContext = createContext<VersionStore | null>(null);

export function VersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const current = useRef(version);
  useEffect(() => {
    // A refresh after this page's own change brings the version it already knows, or a later one.
    if (version > current.current) current.current = version;
  }, [version]);
  const store = useRef<VersionStore>({ get: () => current.current, set: (v) => (current.current = Math.max(current.current, v)) });
  return <VersionContext.Provider value={store.current}>{children}</VersionContext.Provider>;
}

/** The page's version store, or none outside a recommendation page (the queue's bulk actions need none). */
export function useVersionStore(): VersionStore | null {
  return useContext(VersionContext);
}
