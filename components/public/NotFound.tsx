import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Link } from '@/lib/i18n/navigation';

/** The localized "page not found" text: app/global-not-found.tsx, app/[locale]/not-found.tsx and every page that names nothing show it. */
export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </>
  );
}

/**
 * What a page shows when its slug or reference names nothing public.
 *
 * It does not simply call notFound(): React's server renderer has no error boundaries, so a notFound()
 * thrown by a page aborts the HTML shell and Next.js (16.4, app-render.tsx `getErrorRSCPayload`) sends
 * an empty `<html id="__next_error__">` whose not-found text appears only after hydration
 * (vercel/next.js#62228): nothing for a crawler, a reader without JavaScript or a slow phone. So the text
 * is rendered here, inside the page and its layout, and notFound() is thrown only inside a Suspense
 * boundary, where it cannot abort the shell. There it marks the response 404 when Next.js prerenders
 * the page (a stored page: Next.js "updates the response while preserving the prerendered content
 * outside the boundary"), and on the client it hands over to app/[locale]/not-found.tsx, which shows
 * the same text. The pages that use it are stored pages, so the 404 always comes from that prerender.
 */
export function MissingPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}

async function NotFoundStatus(): Promise<never> {
  notFound();
}
