/**
 * The Atom feed's entries announcing that a call for input opened: its title, its deadline in both
 * capitals and its page, dated at its opening.
 */
import 'server-only';
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/routing';
import { tagUri } from '@/lib/public/api/tag-uri';
import { pageUrls } from '@/lib/public/api/urls';
import { element, xmlEscape } from '@/lib/public/api/xml';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { momentInCapitals } from './format';
import { listPublicCalls } from './read';

const MESSAGES = { en, es } as const;

export function callOpeningEntries(locale: Locale, limit: number): { at: Date; xml: string }[] {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'calls.feed' });
  return listPublicCalls(new Date())
    .sort((a, b) => b.opensAt.getTime() - a.opensAt.getTime())
    .slice(0, limit)
    .map((call) => {
      const title = locale === 'es' ? call.titleEs : call.titleEn;
      const [mexico, washington] = momentInCapitals(call.closesAt, locale).map((m) => m.text);
      const xml = [
        '<entry>',
        element('id', tagUri(`call/${call.slug}/opened`)),
        element('title', t('title', { title })),
        element('updated', call.opensAt.toISOString()),
        `<link rel="alternate" type="text/html" hreflang="${locale}" href="${xmlEscape(pageUrls(`/calls/${call.slug}`)[locale])}"/>`,
        '<category term="call_opened"/>',
        element('summary', t('summary', { mexico: mexico ?? '', washington: washington ?? '' })),
        '</entry>',
      ].join('');
      return { at: call.opensAt, xml };
    });
}
