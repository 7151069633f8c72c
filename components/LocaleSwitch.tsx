'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Links to the same page in the other language. Rendered on the server too, so it works without
 * JavaScript; the pathname comes from the router, so it stays right after client-side navigation.
 */
export function LocaleSwitch({ label, description }: { label: string; description: string }) {
  const locale = useLocale() as Locale;
  const pathname = usePathname();
  const other: Locale = locale === 'en' ? 'es' : 'en';
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} aria-label={description} className="locale-switch">
      {label}
    </Link>
  );
}
