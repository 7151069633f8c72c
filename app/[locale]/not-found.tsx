import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/public/NotFound';
import { isLocale, routing } from '@/lib/i18n/routing';
import { notFoundMetadata } from '@/lib/public/metadata';

type Props = { params?: Promise<{ locale?: string }> };

// When notFound() decides a page's answer (a signed-in page, or a client-side navigation), Next.js takes
// the title from here rather than from the page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params)?.locale;
  return notFoundMetadata(locale && isLocale(locale) ? locale : routing.defaultLocale);
}

// Shown in the browser when a page's notFound() reaches its boundary (client navigation, signed-in pages);
// the server-rendered 404s are app/global-not-found.tsx and components/public/NotFound.tsx's MissingPage.
export default function NotFound() {
  return <NotFoundContent />;
}
