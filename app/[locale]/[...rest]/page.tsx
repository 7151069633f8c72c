import { notFound } from 'next/navigation';

// Any address under /en or /es that no page claims gets the localized 404 of app/[locale]/not-found.tsx.
export default function CatchAll() {
  notFound();
}
