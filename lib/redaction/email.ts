/** The submitter is told, in their language, that a passage of their public text was withheld or released. */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';

const MESSAGES = { en, es } as const;

export function redactionEmail(locale: Locale, name: string, ref: string, what: 'redacted' | 'lifted') {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'papers.email' });
  const link = `${publicBaseUrl()}/${locale}/account/recommendations/${ref}`;
  return { subject: t(`${what}Subject`, { ref }), text: t(`${what}Body`, { name, ref, link }) };
}
