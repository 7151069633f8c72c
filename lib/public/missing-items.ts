/**
 * A recommendation's page answers 404 when its address names no public item: the page renders the
 * not-found text itself and signals 404 from a Suspense boundary (components/public/NotFound.tsx). Item
 * pages are stored (prerendered on their first visit), and Next.js keeps the 404 of a prerendered page,
 * so no per-request check is needed in front of them.
 */
import { REFERENCE_PATTERN } from '@/lib/validation/fields';

/** A reference as typed in an address (any case, percent-encoded), or null when it cannot be one. */
export function normalizeReference(segment: string): string | null {
  let ref: string;
  try {
    ref = decodeURIComponent(segment).toUpperCase();
  } catch {
    return null;
  }
  return REFERENCE_PATTERN.test(ref) ? ref : null;
}
