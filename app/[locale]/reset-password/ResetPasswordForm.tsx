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
import { resetPasswordAction } from '@/lib/accounts/actions';
import { resetPasswordSchema } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';

type Values = z.input<typeof resetPasswordSchema>;
const REASON_KEY = { invalid: 'resetInvalid', used: 'resetInvalid', expired: 'resetExpired', passwordTooCommon: 'resetInvalid' } as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const actionError = useActionErrorMessage();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token },
  });

  async function onSubmit() {
    setOutcome(null);
    const result = await resetPasswordAction(getValues());
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    if (!result?.data) return setOutcome({ tone: 'error', text: actionError(result?.serverError) });
    if (result.data.done) return setOutcome({ tone: 'success', text: t('resetDone') });
    setOutcome({ tone: 'error', text: t(REASON_KEY[result.data.reason ?? 'invalid']) });
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
      {outcome ? (
        <Notice tone="error">
          <p>{outcome.text}</p>
          <p>
            <Link href="/forgot-password">{t('forgotTitle')}</Link>
          </p>
        </Notice>
      ) : null}
      <input type="hidden" {...register('token')} />
      <Field id="password" label={t('newPassword')} hint={t('passwordHint')} error={formState.errors.password} required>
        {(d, invalid) => <input id="password" type="password" autoComplete="new-password" aria-describedby={d} aria-invalid={invalid} {...register('password')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('savePassword')}
      </button>
    </form>
  );
}
