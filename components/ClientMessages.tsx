import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * The message namespaces the client components of one part of the site use, and only those: every
 * public page sends just `error` (app/[locale]/layout.tsx), so its HTML does not carry the forms'
 * catalogue. Used by the layouts of the sections that have forms. A name may be a part of a namespace
 * ('evidence.news'), so a section sends one part of a large namespace and not the rest.
 */
export const FORM_NAMESPACES = {
  auth: ['auth', 'form', 'validation', 'options', 'actionErrors', 'siteInfo'],
  submit: ['submit', 'form', 'validation', 'options', 'actionErrors', 'auth', 'calls'],
  account: ['account', 'auth', 'submit', 'form', 'validation', 'options', 'actionErrors', 'dataRights', 'calls', 'papers', 'evidence.news'],
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
    'evidence.csv',
    'evidence.csvErrors',
    'evidence.progress',
    'evidence.milestones',
  ],
  // The unsubscribe page of the calls' e-mails (no sign-in).
  calls: ['calls', 'form', 'validation', 'actionErrors'],
  admin: ['admin', 'auth', 'form', 'validation', 'options', 'actionErrors', 'evidence.snapshots'],
} as const;

export async function ClientMessages({ section, children }: { section: keyof typeof FORM_NAMESPACES; children: ReactNode }) {
  const messages = await getMessages();
  const picked: Record<string, unknown> = {};
  for (const name of ['error', ...FORM_NAMESPACES[section]]) pick(messages, picked, name.split('.'));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

/** Copies the message (or group of messages) at `path` from `from` into `to`, keeping its place in the tree. */
function pick(from: Record<string, unknown>, to: Record<string, unknown>, path: string[]) {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) {
    to[head] = from[head];
    return;
  }
  const inner = (to[head] ??= {}) as Record<string, unknown>;
  pick((from[head] ?? {}) as Record<string, unknown>, inner, rest);
}
