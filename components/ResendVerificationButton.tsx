'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { resendVerificationAction } from '@/lib/accounts/actions';
import { useActionErrorMessage } from './form/useActionErrorMessage';
import { Notice } from './Notice';

/** `returnPath`: the page to come back to once the address is confirmed (the new link leads there). */
export function ResendVerificationButton({ returnPath }: { returnPath?: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const actionError = useActionErrorMessage();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string; link?: string | null } | null>(null);
  const [busy, setBusy] = useState(false);

  async function resend() {
    setBusy(true);
    const result = await resendVerificationAction({ returnPath });
    setBusy(false);
    setState(
      result?.data
        ? { tone: 'success', text: t('resent'), link: result.data.outboxLink }
        : { tone: 'error', text: actionError(result?.serverError) },
    );
  }

  return (
    <>
      <button type="button" onClick={resend} disabled={busy}>
        {t('resendVerification')}
      </button>
      {state ? (
        <Notice tone={state.tone}>
          <p>{state.text}</p>
          {state.link ? (
            <p>
              {t('demoOutbox')} <a href={`/${locale}${state.link}`}>{t('demoOutboxLink')}</a>
            </p>
          ) : null}
        </Notice>
      ) : null}
    </>
  );
}
