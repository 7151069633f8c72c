'use client';

import { useHydrated } from '@/components/useHydrated';

/**
 * Opens the browser's print dialog. It needs JavaScript, so it appears only once the page runs it;
 * without JavaScript the browser's own Print command prints the same clean document.
 */
export function FactSheetPrintButton({ label }: { label: string }) {
  const interactive = useHydrated();
  if (!interactive) return null;
  return (
    <button type="button" className="button button--secondary print-hide" onClick={() => window.print()}>
      {label}
    </button>
  );
}
