'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { acceptInvitationAction } from '@/lib/accounts/invitation-actions';
import { resetPasswordSchema as acceptInvitationSchema } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';
import { INVITATION_LINK_PROBLEM } from './link-problems';

type Values = z.input<typeof acceptInvitationSchema>;

/** The invitee chooses a password; the e-mail address rides along for password managers. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('auth');
  const actionError = useActionErrorMessage();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { token },
  });

  async function onSubmit() {
    setOutcome(null);
    const result = await acceptInvitationAction(getValues());
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    if (!result?.data) return setOutcome({ tone: 'error', text: actionError(result?.serverError) });
    if (result.data.done) return setOutcome({ tone: 'success', text: t('invitationDone') });
    setOutcome({ tone: 'error', text: t(INVITATION_LINK_PROBLEM[result.data.reason]) });
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
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {outcome ? <Notice tone="error">{outcome.text}</Notice> : null}
      <input type="hidden" {...register('token')} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="password" label={t('newPassword')} hint={t('passwordHint')} error={formState.errors.password} required>
        {(d, invalid) => <input id="password" type="password" autoComplete="new-password" aria-describedby={d} aria-invalid={invalid} {...register('password')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('invitationSave')}
      </button>
    </form>
  );
}
