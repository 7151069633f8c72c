/**
 * The e-mails the app sends, written from the `email` messages in the recipient's preferred language
 * (not the language of the page that triggered them).
 */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';

const MESSAGES = { en, es } as const;

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'email' });
}

export type EmailContent = { subject: string; text: string };

export function verificationEmail(locale: Locale, name: string, token: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/verify-email?token=${encodeURIComponent(token)}`;
  return { subject: t('verify.subject'), text: t('verify.body', { name, link }) };
}

export function passwordResetEmail(locale: Locale, name: string, token: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  return { subject: t('reset.subject'), text: t('reset.body', { name, link }) };
}

export function receiptEmail(locale: Locale, name: string, ref: string, title: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/account/recommendations/${ref}`;
  return { subject: t('receipt.subject', { ref }), text: t('receipt.body', { name, ref, title, link }) };
}
