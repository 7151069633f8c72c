'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { confirmEmailAction } from '@/lib/accounts/actions';

const OUTCOME_KEY = { invalid: 'verifyInvalid', expired: 'verifyExpired', used: 'verifyUsed' } as const;

type Props = {
  token: string;
  /** Where to go once confirmed: the page the person was going to, or signing in on the way there. */
  next: { href: string; label: string };
};

/**
 * Opening the e-mailed link only shows this button; pressing it confirms the address (a POST). Mail
 * scanners and link previews open every link in a message, and must not confirm an address for its owner.
 */
export function ConfirmEmailForm({ token, next }: Props) {
  const t = useTranslations('auth');
  const actionError = useActionErrorMessage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ done: true } | { done: false; text: string } | null>(null);

  async function confirm() {
    setBusy(true);
    const result = await confirmEmailAction({ token });
    setBusy(false);
    if (result?.validationErrors) return setOutcome({ done: false, text: t('verifyInvalid') });
    if (!result?.data) return setOutcome({ done: false, text: actionError(result?.serverError) });
    setOutcome(result.data.done ? { done: true } : { done: false, text: t(OUTCOME_KEY[result.data.reason]) });
  }

  if (outcome?.done) {
    return (
      <Notice tone="success">
        <p>{t('verifyDone')}</p>
        <p>
          {/* A full page load: the next page may have a stricter Content-Security-Policy than this one. */}
          <a className="button" href={next.href}>
            {next.label}
          </a>
        </p>
      </Notice>
    );
  }
  return (
    <>
      {outcome ? <Notice tone="error">{outcome.text}</Notice> : <p>{t('verifyIntro')}</p>}
      {outcome ? null : (
        <button type="button" onClick={confirm} disabled={busy}>
          {t('verifyButton')}
        </button>
      )}
    </>
  );
}
