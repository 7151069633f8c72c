import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { decisionsMetadata, DecisionsView, type Query } from '../DecisionsView';

// With a query (filters, search, paging): rendered per request. next.config.js rewrites such addresses
// here, so the address the visitor sees and shares stays /decisions?....
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Query> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return decisionsMetadata((await params).locale);
}

export default async function FilteredPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DecisionsView locale={locale} query={await searchParams} />;
}
