import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { NotFoundContent } from '@/components/public/NotFound';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { ADDRESS_LOCALE_HEADER } from '@/lib/i18n/address-locale';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { titleTemplate } from '@/lib/public/metadata';
import './globals.css';

/**
 * Every address no route claims (/en/no-such, /es/login, /en/pillars/x/y) is answered with this page
 * and status 404, rendered before any page runs, so the whole document is in the HTML (a page's own
 * notFound() is not: see components/public/NotFound.tsx). It is Next.js' global-not-found.js
 * (experimental.globalNotFound in next.config.js), which the docs advise when the root layout sits
 * under a dynamic segment, as [locale] does here, rather than a root not-found.tsx in app/: that one would
 * be rendered into every page's payload as the root not-found boundary, header and footer included.
 * The language is the address's (/es/… in Spanish: lib/i18n/address-locale.ts), else the one the proxy
 * resolved for an address without a locale.
 */
async function requestLocale(): Promise<Locale> {
  const fromAddress = (await headers()).get(ADDRESS_LOCALE_HEADER);
  if (fromAddress && isLocale(fromAddress)) return fromAddress;
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
  // The header, the footer and the not-found text read the request's locale.
  setRequestLocale(locale);
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
