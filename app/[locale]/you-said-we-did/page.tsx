import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { outcomesMetadata, OutcomesView } from './OutcomesView';

// Stored: outcomes change only by coordinators' actions, which replace this page at once
// (lib/page-store/stored-pages.ts); the time limit only bounds anything changed outside the app.
export const revalidate = 300;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return outcomesMetadata((await params).locale);
}

/** Without a query: the stored view. */
export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <OutcomesView locale={locale} query={{}} />;
}
