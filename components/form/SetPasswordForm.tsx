'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { resetPasswordAction } from '@/lib/accounts/actions';
import { acceptInvitationAction } from '@/lib/accounts/invitation-actions';
import { INVITATION_LINK_PROBLEM, RESET_LINK_PROBLEM } from '@/lib/accounts/link-problems';
import { resetPasswordSchema } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof resetPasswordSchema>;

/**
 * Choosing a password from an e-mailed link: a password reset, or an invitation's first password (where the
 * e-mail address rides along for password managers). The two differ only in their words and in what a
 * refused reset offers: a new link.
 */
export function SetPasswordForm({ purpose, token, email }: { purpose: 'reset' | 'invitation'; token: string; email?: string }) {
  const t = useTranslations('auth');
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token },
  });
  const { run, failure } = useFormAction(setError);
  const invitation = purpose === 'invitation';

  async function onSubmit() {
    setOutcome(null);
    const data = await run(() => (invitation ? acceptInvitationAction(getValues()) : resetPasswordAction(getValues())));
    if (data === null) return;
    if (data.done) return setOutcome({ tone: 'success', text: t(invitation ? 'invitationDone' : 'resetDone') });
    const reason = data.reason ?? 'invalid';
    setOutcome({
      tone: 'error',
      text: t(invitation ? INVITATION_LINK_PROBLEM[reason as keyof typeof INVITATION_LINK_PROBLEM] : RESET_LINK_PROBLEM[reason]),
    });
  }

  if (outcome?.tone === 'success') {
    return (
      <Notice tone="success">
        <p>{outcome.text}</p>
        <p>
          <Link href="/sign-in">{t('signIn')}</Link>
        </p>
      </Notice>
    );
  }
  const problem = failure ?? outcome?.text;
  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {problem && invitation ? <Notice tone="error">{problem}</Notice> : null}
      {problem && !invitation ? (
        <Notice tone="error">
          <p>{problem}</p>
          <p>
            <Link href="/forgot-password">{t('forgotTitle')}</Link>
          </p>
        </Notice>
      ) : null}
      <input type="hidden" {...register('token')} />
      {invitation ? <input type="email" name="username" autoComplete="username" value={email} readOnly hidden /> : null}
      <Field id="password" label={t('newPassword')} hint={t('passwordHint')} error={formState.errors.password} required>
        {(d, invalid) => (
          <input
            id="password"
            type="password"
            autoComplete="new-password"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('password')}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t(invitation ? 'invitationSave' : 'savePassword')}
      </button>
    </ClientForm>
  );
}
