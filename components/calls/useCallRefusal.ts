'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';

const ZONES = ['America/Mexico_City', 'America/New_York'] as const;

/**
 * A refusal about a call as a sentence: "callClosed|<instant>|<next meeting>" names the closing moment in
 * both capitals and when the next call is expected; the other call codes have their own message; anything
 * else is read by the usual action-error messages.
 */
export function useCallRefusal() {
  const t = useTranslations('calls.refusal');
  const locale = useLocale();
  const actionError = useActionErrorMessage();
  return (code: string | null | undefined): string => {
    const [key = '', instant, next] = (code ?? '').split('|');
    if (key === 'callClosed' && instant) {
      const [mexico = '', washington = ''] = ZONES.map((timeZone) =>
        new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
          new Date(instant),
        ),
      );
      const when = next
        ? t('nextMeeting', {
            date: new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date(`${next}T00:00:00Z`),
            ),
          })
        : t('noNext');
      return `${t('callClosed', { mexico, washington })} ${when}`;
    }
    return t.has(key) ? t(key as 'callNotFound') : actionError(code);
  };
}
