/**
 * The Atom 1.0 feed (RFC 4287) of the latest public status changes, in English or Spanish, from the
 * public log of decisions. Every text is escaped: titles and responses are people's words.
 */
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/lib/i18n/routing';
import { listPublicDecisions, STATUS_DECISION_KINDS, type PublicDecision } from '@/lib/public/decisions';
import { displayText, excerpt } from '@/lib/public/display';
import { absoluteUrl, pageUrls } from './urls';
import { element, xmlEscape } from './xml';

export const FEED_ENTRIES = 50;
const MESSAGES = { en, es } as const;


/** What the entry says about the recommendation: its title in the reader's language, a summary, or nothing. */
function itemTitle(decision: PublicDecision, locale: Locale): string | null {
  const shown = displayText({ ...decision.recommendation, body: null, translationBody: null }, locale);
  if (shown.kind === 'full') return shown.title;
  if (shown.kind === 'summary' && shown.summary) return excerpt(shown.summary, 120);
  return null;
}

function entry(decision: PublicDecision, locale: Locale): string {
  const m = MESSAGES[locale];
  const { ref } = decision.recommendation;
  const page = pageUrls(`/recommendations/${ref}`)[locale];
  const status = decision.toStatus ? m.status[decision.toStatus] : m.historyKind[decision.kind];
  const title = itemTitle(decision, locale);
  const response = (locale === 'en' ? decision.responseEn || decision.responseEs : decision.responseEs || decision.responseEn) ?? null;
  return [
    '<entry>',
    element('id', `${page}#decision-${decision.id}`),
    element('title', `${ref} · ${status}${title ? `: ${title}` : ''}`),
    element('updated', decision.at.toISOString()),
    `<link rel="alternate" type="text/html" hreflang="${locale}" href="${xmlEscape(page)}"/>`,
    decision.toStatus ? `<category term="${decision.toStatus}" label="${xmlEscape(status)}"/>` : '',
    element('summary', response ?? m.historyKind[decision.kind], { type: 'text' }),
    '</entry>',
  ].join('');
}

export function atomFeed(locale: Locale): string {
  const m = MESSAGES[locale];
  const log = listPublicDecisions({ limit: FEED_ENTRIES, kinds: STATUS_DECISION_KINDS });
  const decisions = 'unknown' in log ? [] : log.decisions;
  const self = absoluteUrl('/feed.xml', locale === 'en' ? undefined : new URLSearchParams({ locale }));
  // An empty feed is dated at the epoch rather than now, so its ETag stays the same until something happens.
  const updated = decisions[0]?.at ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    element('id', self),
    element('title', `${m.site.name}: ${m.site.decisions}`),
    element('subtitle', m.site.tagline),
    element('updated', updated.toISOString()),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(`/${locale}/decisions`))}"/>`,
    `<author>${element('name', m.site.name)}</author>`,
    ...decisions.map((decision) => entry(decision, locale)),
    '</feed>',
    '',
  ].join('\n');
}
