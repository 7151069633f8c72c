'use client';

import { useTranslations } from 'next-intl';
import type { ComponentPropsWithoutRef } from 'react';
import { Notice } from '@/components/Notice';
import { useHydrated } from '@/components/useHydrated';

/**
 * A form that submits through JavaScript (react-hook-form and a server action). Until the page has
 * hydrated its fields and buttons are disabled, for two reasons a person would notice:
 * - react-hook-form writes each field's default value into the input when it registers it, so
 *   whatever was typed before the script ran (a slow phone) would silently vanish;
 * - a click on submit before then would be an ordinary GET of the page, with every field, the
 *   password included, in the address, the browser history and the server's log.
 * Without JavaScript it says why it cannot be used. `className` styles the fields' group, which
 * holds the children, so `.form`'s layout applies as before.
 */
export function ClientForm({ className, children, ...props }: ComponentPropsWithoutRef<'form'>) {
  const hydrated = useHydrated();
  const t = useTranslations('form');
  return (
    <form {...props} aria-busy={hydrated ? undefined : true}>
      <noscript>
        <Notice tone="info">{t('needsJavaScript')}</Notice>
      </noscript>
      <fieldset className={['form-fields', className].filter(Boolean).join(' ')} disabled={!hydrated}>
        {children}
      </fieldset>
    </form>
  );
}
