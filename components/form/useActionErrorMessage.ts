'use client';

import { useFormatter, useTranslations } from 'next-intl';

/**
 * Turns a server action's refusal code ("notFound", "rateLimited|<ISO time>") into a sentence in the
 * visitor's language. Unknown codes read as the generic failure.
 */
export function useActionErrorMessage() {
  const t = useTranslations('actionErrors');
  const format = useFormatter();
  return (code: string | undefined | null): string => {
    const [key = 'unexpected', detail] = (code ?? 'unexpected').split('|');
    if (key === 'rateLimited' && detail) {
      return t('rateLimited', { time: format.dateTime(new Date(detail), { dateStyle: 'medium', timeStyle: 'short' }) });
    }
    if (key === 'tooManyAttempts' && detail) {
      return t('tooManyAttempts', { time: format.dateTime(new Date(detail), { hour: 'numeric', minute: '2-digit', second: '2-digit' }) });
    }
    return t.has(key) ? t(key as 'unexpected') : t('unexpected');
  };
}
