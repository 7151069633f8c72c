import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { decisionsMetadata, DecisionsView } from './DecisionsView';

// Stored: every decision is made by a coordinator's action, which replaces this page at once
// (lib/page-store/stored-pages.ts); the time limit only bounds anything changed outside the app.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return decisionsMetadata((await params).locale);
}

/** Without a query: the stored view. */
export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DecisionsView locale={locale} query={{}} />;
}
