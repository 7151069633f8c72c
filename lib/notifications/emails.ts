/**
 * The e-mails coordinators get, in each coordinator's own language: the other government awaits their
 * confirmation, a new submission in their pillars, the daily digest of new submissions.
 */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { Government } from '@/db/vocabulary';
import { publicBaseUrl } from '@/lib/config';
import type { EmailContent } from '@/lib/email/templates';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';

const MESSAGES = { en, es } as const;

const translator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'coordinatorAlerts.email' });
const triageLink = (locale: Locale, ref: string) => `${publicBaseUrl()}/${locale}/coordinate/${ref}`;
const accountLink = (locale: Locale) => `${publicBaseUrl()}/${locale}/account#alerts-heading`;

/** A recommendation as a coordinator's e-mail names it: the title in its original language. */
export type AlertItem = { ref: string; title: string; pillarNumber: number };

export function confirmationRequestEmail(locale: Locale, name: string, markedBy: Government, item: AlertItem): EmailContent {
  const t = translator(locale);
  return {
    subject: t('confirmation.subject', { ref: item.ref }),
    text: t('confirmation.body', { name, government: markedBy, ref: item.ref, title: item.title, link: triageLink(locale, item.ref) }),
  };
}

export function newSubmissionEmail(locale: Locale, name: string, item: AlertItem): EmailContent {
  const t = translator(locale);
  const pillar = toRoman(item.pillarNumber);
  return {
    subject: t('submission.subject', { ref: item.ref, pillar }),
    text: t('submission.body', {
      name,
      ref: item.ref,
      pillar,
      title: item.title,
      link: triageLink(locale, item.ref),
      account: accountLink(locale),
    }),
  };
}

/** `items`: those listed; `total`: how many arrived, when more than are listed. */
export function digestEmail(locale: Locale, name: string, items: AlertItem[], total = items.length): EmailContent {
  const t = translator(locale);
  const lines = items.map((item) =>
    t('digest.item', { ref: item.ref, pillar: toRoman(item.pillarNumber), title: item.title, link: triageLink(locale, item.ref) }),
  );
  return {
    subject: t('digest.subject', { count: total }),
    text: t('digest.body', {
      name,
      count: total,
      items: lines.join('\n\n'),
      queue: `${publicBaseUrl()}/${locale}/coordinate?status=received`,
      account: accountLink(locale),
    }),
  };
}
