import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { routing } from '@/lib/i18n/routing';
import { titleTemplate } from '@/lib/public/metadata';

// Nothing is rendered at build time (the database exists only where the app runs): each page either
// renders on its first request and is then stored (the public pages, which export `revalidate`), or is
// rendered for every request (`dynamic = 'force-dynamic'`); test/rendering-modes.test.ts checks each page
// says which.
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return { title: await titleTemplate(locale), description: t('tagline') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  // Every page's client components need only the error boundary's messages; the sections with forms
  // add their own (components/ClientMessages.tsx).
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={{ error: messages.error }}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="container">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
