'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { label: string; description: string };

/**
 * Links to the same page in the other language, with the same query (filters, search, page), so a
 * visitor who switches language keeps their place. Rendered on the server too, so it works without
 * JavaScript. A stored page is the same HTML for every query, so there the server renders the link
 * without one and the browser adds the address's query (useSearchParams under Suspense); a page rendered
 * per request (the lists' twins with a query, the signed-in pages) has it in its HTML already.
 */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  );
}

function SwitchWithQuery(props: Props) {
  return <SwitchLink {...props} query={useSearchParams().toString()} />;
}

function SwitchLink({ label, description, query }: Props & { query: string }) {
  const locale = useLocale() as Locale;
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const pathname = visitorPathname(usePathname());
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <Link href={href} locale={other} hrefLang={other} lang={other} aria-label={description} className="locale-switch">
      {label}
    </Link>
  );
}

/** The lists' per-request twins live at `<page>/filtered` (next.config.js); the visitor's address has no such part. */
function visitorPathname(pathname: string): string {
  return pathname.replace(/^\/(recommendations|decisions|you-said-we-did)\/filtered$/, '/$1');
}
