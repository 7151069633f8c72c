import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * The message namespaces the client components of one part of the site use, and only those: every
 * public page sends just `error` (app/[locale]/layout.tsx), so its HTML does not carry the forms'
 * catalogue. Used by the layouts of the sections that have forms.
 */
export const FORM_NAMESPACES = {
  auth: ['auth', 'form', 'validation', 'options', 'actionErrors', 'siteInfo'],
  submit: ['submit', 'form', 'validation', 'options', 'actionErrors', 'auth', 'calls'],
  account: ['account', 'auth', 'submit', 'form', 'validation', 'options', 'actionErrors', 'dataRights', 'calls', 'papers'],
  coordinate: [
    'triage',
    'translate',
    'recordAdmin',
    'initiativeState',
    'progressKind',
    'form',
    'validation',
    'options',
    'actionErrors',
    'calls',
    'papers',
  ],
  // The unsubscribe page of the calls' e-mails (no sign-in).
  calls: ['calls', 'form', 'validation', 'actionErrors'],
  admin: ['admin', 'auth', 'form', 'validation', 'options', 'actionErrors'],
} as const;

export async function ClientMessages({ section, children }: { section: keyof typeof FORM_NAMESPACES; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(['error', ...FORM_NAMESPACES[section]].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
