/** The e-mail that tells a submitter about progress on initiatives that took up their recommendations, in their language. */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { publicBaseUrl } from '@/lib/config';
import type { EmailContent } from '@/lib/email/templates';
import type { Locale } from '@/lib/i18n/routing';

const MESSAGES = { en, es } as const;

export type NewsItem = {
  ref: string;
  initiativeSlug: string;
  initiativeTitleEn: string;
  initiativeTitleEs: string;
  progressEn: string | null;
  progressEs: string | null;
  progressDate: string | null;
  milestoneEn: string | null;
  milestoneEs: string | null;
  milestoneDone: string | null;
};

export function progressNewsEmail(locale: Locale, name: string, items: NewsItem[], weekly: boolean): EmailContent {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'evidence.email' });
  const es = locale === 'es';
  const lines = items.map((item) =>
    t(item.progressEn !== null ? 'progressItem' : 'milestoneItem', {
      initiative: es ? item.initiativeTitleEs : item.initiativeTitleEn,
      text: (es ? (item.progressEs ?? item.milestoneEs) : (item.progressEn ?? item.milestoneEn)) ?? '',
      date: item.progressDate ?? item.milestoneDone ?? '',
      ref: item.ref,
      link: `${publicBaseUrl()}/${locale}/initiatives/${item.initiativeSlug}`,
    }),
  );
  return {
    subject: t(weekly ? 'weeklySubject' : 'subject', { count: items.length }),
    text: t('body', {
      name,
      count: items.length,
      items: lines.join('\n\n'),
      account: `${publicBaseUrl()}/${locale}/account#progress-news-heading`,
    }),
  };
}
