import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { registerMetadata, RegisterView } from './RegisterView';

// Stored: new submissions appear within a minute; coordinators' changes at once (lib/page-store/stored-pages.ts).
export const revalidate = 60;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return registerMetadata((await params).locale);
}

/** Without a query: the stored view. */
export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <RegisterView locale={locale} query={{}} />;
}
