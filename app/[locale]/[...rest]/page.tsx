import { notFound } from 'next/navigation';

// Rendered per request: addresses here are whatever a visitor typed, and must never fill the page store.
export const dynamic = 'force-dynamic';

// Any address under /en or /es that no page claims gets the localized 404 of app/[locale]/not-found.tsx.
export default function CatchAll() {
  notFound();
}
