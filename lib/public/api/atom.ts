/**
 * The Atom 1.0 feed (RFC 4287) of the latest public status changes, in English or Spanish, from the
 * public log of decisions. Every text is escaped: titles and responses are people's words.
 *
 * Each entry says what changed and the governments' response. A recommendation's own words stay in the
 * language they were written in when no translation exists: such a text is marked with its xml:lang
 * (in an XHTML text construct, since the same title or summary also holds words in the feed's
 * language). Ids are tag: URIs (tag-uri.ts), so they survive a move of the site.
 */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Locale } from '@/lib/i18n/routing';
import { shownTo } from '@/lib/i18n/written-text';
import { pairedState } from '@/lib/translations/paired';
import { listPublicDecisions, STATUS_DECISION_KINDS, type PublicDecision } from '@/lib/public/decisions';
import { displayText, excerpt } from '@/lib/public/display';
import { callOpeningEntries } from '@/lib/calls/feed';
import { tagUri } from './tag-uri';
import { absoluteUrl, pageUrls } from './urls';
import { element, xmlEscape } from './xml';

export const FEED_ENTRIES = 50;
const MESSAGES = { en, es } as const;
const XHTML = 'http://www.w3.org/1999/xhtml';

/** A run of text and, when it is not in the feed's language, the language it is in. */
type Part = { text: string; lang?: Locale };

/**
 * An Atom text construct: plain text when every part is in the feed's language, else XHTML with each
 * part in another language in a span carrying its xml:lang.
 */
function textConstruct(name: 'title' | 'summary', parts: Part[], locale: Locale): string {
  const foreign = (part: Part) => part.lang !== undefined && part.lang !== locale;
  if (!parts.some(foreign)) return element(name, parts.map((part) => part.text).join(''));
  const inner = parts
    .map((part) => (foreign(part) ? `<span xml:lang="${part.lang}">${xmlEscape(part.text)}</span>` : xmlEscape(part.text)))
    .join('');
  return `<${name} type="xhtml"><div xmlns="${XHTML}">${inner}</div></${name}>`;
}

/** What the entry says the recommendation is called: its title or summary as the reader's language shows it. */
function itemTitle(decision: PublicDecision, locale: Locale): Part[] {
  const shown = displayText({ ...decision.recommendation, body: null, translationBody: null }, locale);
  if (shown.kind === 'full') {
    // A translation says which kind it is, as the pages' tag does ("machine translation, not checked…").
    const marks = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'translate.public' });
    const state = shown.state === 'checked' || shown.state === 'machine' || shown.state === 'unchecked' ? shown.state : null;
    return [{ text: shown.title, lang: shown.lang }, ...(state ? [{ text: ` (${marks(state)})` }] : [])];
  }
  if (shown.kind === 'summary' && shown.summary) return [{ text: excerpt(shown.summary, 120), lang: shown.lang }];
  return [];
}

function whatChanged(decision: PublicDecision, locale: Locale): string {
  const m = MESSAGES[locale];
  const t = createTranslator({ locale, messages: m, namespace: 'feed' });
  const to = decision.toStatus ? m.status[decision.toStatus] : '';
  switch (decision.kind) {
    case 'merged':
      return t('merged');
    case 'withdrawn':
      return t('withdrawn');
    case 'seeded':
      return t('seeded', { to });
    case 'status_confirmed':
      return t('confirmed', { to });
    default:
      return decision.fromStatus ? t('moved', { from: m.status[decision.fromStatus], to }) : t('set', { to });
  }
}

/**
 * The public response in the reader's language; one written only in the other language is shown under
 * the same "available in … only: not yet translated" mark as on the pages and in the e-mails.
 */
function response(decision: PublicDecision, locale: Locale): Part[] {
  const written = { en: decision.responseEn, es: decision.responseEs };
  const shown = shownTo(locale, written);
  if (!shown) return [];
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'feed' });
  if (!shown.onlyIn) {
    const { state } = pairedState(written, locale, decision.recommendation.language, decision.check);
    const marks = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'translate.public' });
    const mark = state === 'checked' ? ` (${marks('checked')})` : state === 'unchecked' ? ` (${marks('unchecked')})` : '';
    return [{ text: ` ${t('response')} ` }, { text: shown.text }, ...(mark ? [{ text: mark }] : [])];
  }
  const marks = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'writtenText' });
  return [{ text: ` ${marks('onlyIn.response', { language: shown.onlyIn })} ` }, { text: shown.text, lang: shown.lang }];
}

function entry(decision: PublicDecision, locale: Locale): string {
  const m = MESSAGES[locale];
  const { ref } = decision.recommendation;
  const page = pageUrls(`/recommendations/${ref}`)[locale];
  const status = decision.toStatus ? m.status[decision.toStatus] : m.historyKind[decision.kind];
  const title = itemTitle(decision, locale);
  return [
    '<entry>',
    element('id', tagUri(`recommendation/${ref}/decision/${decision.id}`)),
    textConstruct('title', [{ text: `${ref} · ${status}${title.length ? ': ' : ''}` }, ...title], locale),
    element('updated', decision.at.toISOString()),
    `<link rel="alternate" type="text/html" hreflang="${locale}" href="${xmlEscape(page)}"/>`,
    decision.toStatus ? `<category term="${decision.toStatus}" label="${xmlEscape(status)}"/>` : '',
    textConstruct('summary', [{ text: whatChanged(decision, locale) }, ...response(decision, locale)], locale),
    '</entry>',
  ].join('');
}

export function atomFeed(locale: Locale): string {
  const m = MESSAGES[locale];
  const log = listPublicDecisions({ limit: FEED_ENTRIES, kinds: STATUS_DECISION_KINDS });
  const decisions = 'unknown' in log ? [] : log.decisions;
  // Decisions and the openings of calls for input (lib/calls/feed.ts), newest first.
  const entries = [...decisions.map((d) => ({ at: d.at, xml: entry(d, locale) })), ...callOpeningEntries(locale, FEED_ENTRIES)]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, FEED_ENTRIES);
  const self = absoluteUrl('/feed.xml', locale === 'en' ? undefined : new URLSearchParams({ locale }));
  // An empty feed is dated at the epoch rather than now, so its ETag stays the same until something happens.
  const updated = entries[0]?.at ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    element('id', tagUri(`decisions/${locale}`)),
    element('title', `${m.site.name}: ${m.site.decisions}`),
    element('subtitle', m.site.tagline),
    element('updated', updated.toISOString()),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl(`/${locale}/decisions`))}"/>`,
    `<author>${element('name', m.site.name)}</author>`,
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
}
