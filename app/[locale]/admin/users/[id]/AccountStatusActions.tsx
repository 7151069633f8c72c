'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { deactivateUserAction, reactivateUserAction, resendInvitationAction } from '@/lib/admin/actions';
import type { AccountStatus } from '@/lib/admin/users';
import { Link, useRouter } from '@/lib/i18n/navigation';

type Outcome = { tone: 'success' | 'error'; text: string; outboxLink?: string | null };

/**
 * Deactivate or reactivate an account, and send a pending invitation again. The page does not offer
 * these on an administrator's own account: they cannot deactivate themselves (lib/admin/user-activation.ts).
 */
export function AccountStatusActions({ userId, status }: { userId: number; status: AccountStatus }) {
  const t = useTranslations('admin');
  const auth = useTranslations('auth');
  const router = useRouter();
  const actionError = useActionErrorMessage();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(kind: 'deactivate' | 'reactivate' | 'resend') {
    setBusy(true);
    setOutcome(null);
    const action = { deactivate: deactivateUserAction, reactivate: reactivateUserAction, resend: resendInvitationAction }[kind];
    const result = await action({ userId });
    setBusy(false);
    if (!result?.data) return setOutcome({ tone: 'error', text: actionError(result?.serverError) });
    const text = { deactivate: t('user.deactivated'), reactivate: t('user.reactivated'), resend: t('user.invitationResent') }[kind];
    setOutcome({ tone: 'success', text, outboxLink: 'outboxLink' in result.data ? result.data.outboxLink : null });
    router.refresh();
  }

  return (
    <div className="form">
      {outcome ? (
        <Notice tone={outcome.tone}>
          <p>{outcome.text}</p>
          {outcome.outboxLink ? (
            <p>
              {auth('demoOutbox')} <Link href={outcome.outboxLink}>{auth('demoOutboxLink')}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {status === 'invited' ? (
        <div>
          <p className="field__hint">{t('user.invitedHint')}</p>
          <button type="button" className="button--secondary" onClick={() => run('resend')} disabled={busy}>
            {t('user.resendInvitation')}
          </button>
        </div>
      ) : null}
      {status === 'deactivated' ? (
        <div>
          <p className="field__hint">{t('user.reactivateHint')}</p>
          <button type="button" onClick={() => run('reactivate')} disabled={busy}>
            {t('user.reactivate')}
          </button>
        </div>
      ) : (
        <div>
          <p className="field__hint">{t('user.deactivateHint')}</p>
          <button type="button" className="button--danger" onClick={() => run('deactivate')} disabled={busy}>
            {t('user.deactivate')}
          </button>
        </div>
      )}
    </div>
  );
}
