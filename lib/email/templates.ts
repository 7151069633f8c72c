/**
 * The e-mails the app sends, written from the `email` messages in the recipient's preferred language
 * (not the language of the page that triggered them).
 */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';
import { shownTo } from '@/lib/i18n/written-text';

const MESSAGES = { en, es } as const;

// One translator per language for the process: a translator keeps the messages it has parsed, and parsing
// the receipt's message anew cost about as much as the rest of a submission's JavaScript (issue 14).
const translators = new Map<Locale, ReturnType<typeof emailTranslator>>();
const emailTranslator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'email' });

function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = emailTranslator(locale)));
  return t;
}

export type EmailContent = { subject: string; text: string };

/** The confirmation link; `returnPath` (already checked: lib/auth/redirects.ts) is where the person goes after confirming. */
export function verificationEmail(locale: Locale, name: string, token: string, returnPath?: string): EmailContent {
  const t = translator(locale);
  const back = returnPath ? `&callbackUrl=${encodeURIComponent(returnPath)}` : '';
  const link = `${publicBaseUrl()}/${locale}/verify-email?token=${encodeURIComponent(token)}${back}`;
  return { subject: t('verify.subject'), text: t('verify.body', { name, link }) };
}

export function passwordResetEmail(locale: Locale, name: string, token: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  return { subject: t('reset.subject'), text: t('reset.body', { name, link }) };
}

/** To the owner of an address someone tried to sign up with: they have an account, and may reset its password. */
export function accountExistsEmail(locale: Locale, name: string, token: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
  return {
    subject: t('accountExists.subject'),
    text: t('accountExists.body', { name, link, signIn: `${publicBaseUrl()}/${locale}/sign-in` }),
  };
}

export function receiptEmail(locale: Locale, name: string, ref: string, title: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/account/recommendations/${ref}`;
  return { subject: t('receipt.subject', { ref }), text: t('receipt.body', { name, ref, title, link }) };
}

type UpdateDetail = {
  status?: string;
  responseEn?: string | null;
  responseEs?: string | null;
  initiativeTitle?: { en: string; es: string };
  mergedInto?: string;
};

/** A change the submitter is told about: a new status, a link to an initiative, a merge. */
export function updateEmail(locale: Locale, name: string, ref: string, kind: string, detail: UpdateDetail): EmailContent {
  const t = translator(locale);
  const statuses = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'status' });
  const link = `${publicBaseUrl()}/${locale}/account/recommendations/${ref}`;
  const response = writtenResponse(locale, detail);
  const what =
    kind === 'linked' && detail.initiativeTitle
      ? t('update.linked', { initiative: detail.initiativeTitle[locale] })
      : kind === 'merged' && detail.mergedInto
        ? t('update.merged', { original: detail.mergedInto })
        : t('update.status', { status: statuses((detail.status ?? 'received') as 'received') });
  return {
    subject: t('update.subject', { ref }),
    text: t('update.body', { name, ref, what, response: response ? t('update.response', { response }) : '', link }),
  };
}

/**
 * The response in the recipient's language; when it was written only in the other language, that text,
 * announced as available in that language only (never an earlier response, never left out silently).
 */
function writtenResponse(locale: Locale, detail: UpdateDetail): string {
  const shown = shownTo(locale, { en: detail.responseEn, es: detail.responseEs });
  if (!shown) return '';
  if (!shown.onlyIn) return shown.text;
  const marks = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'writtenText' });
  return `${marks('onlyIn.response', { language: shown.onlyIn })}\n${shown.text}`;
}

/** An administrator's invitation to a coordinator: the link lets them choose a password (7 days). */
export function invitationEmail(locale: Locale, name: string, token: string): EmailContent {
  const t = translator(locale);
  const link = `${publicBaseUrl()}/${locale}/accept-invitation?token=${encodeURIComponent(token)}`;
  return { subject: t('invite.subject'), text: t('invite.body', { name, link }) };
}
