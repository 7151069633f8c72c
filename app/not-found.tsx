import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { NotFoundContent } from '@/components/public/NotFound';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { titleTemplate } from '@/lib/public/metadata';

/**
 * Every address no route claims (/en/no-such, /es/login, /en/pillars/x/y) is answered by Next.js'
 * not-found route, which renders this page with status 404 before any page runs, so the whole
 * document is in the HTML (a page's own notFound() is not: see components/public/NotFound.tsx).
 * It has no [locale] segment: the language is the one the proxy resolved from the address.
 */
async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: { absolute: (await titleTemplate(locale)).template.replace('%s', t('title')) } };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider locale={locale} messages={{}}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="container">
            <NotFoundContent />
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
