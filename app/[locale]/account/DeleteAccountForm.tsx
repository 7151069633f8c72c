'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { deleteAccountAction } from '@/lib/accounts/data-rights-actions';
import { deleteAccountSchema } from '@/lib/accounts/delete-account-schema';
import { setSessionHint } from '@/lib/security/session-hint';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof deleteAccountSchema>;

/**
 * Deleting one's own account: the password, the second step when the account has one, and a box to
 * tick. On success the session is over: the browser goes to a page that says what happened.
 */
export function DeleteAccountForm({ twoStep }: { twoStep: boolean }) {
  const t = useTranslations('dataRights');
  const locale = useLocale();
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { code: '' },
  });
  const errors = formState.errors;

  async function onSubmit() {
    setFailure(null);
    const result = await deleteAccountAction(getValues());
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    if (!result?.data)
      return setFailure(result?.serverError === 'governmentAccount' ? t('governmentAccount') : actionError(result?.serverError));
    // The account is gone on the server; next-auth's sign-out clears the session cookie in this browser.
    try {
      const { signOut } = await import('next-auth/react');
      await signOut({ redirect: false });
    } catch {
      // The cookie is refused by the server anyway (its account is deactivated): going on is safe.
    }
    setSessionHint(false);
    window.location.assign(`/${locale}/account/deleted`);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="delete-heading">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="delete-currentPassword" label={t('currentPassword')} error={errors.currentPassword} required>
        {(d, invalid) => (
          <input
            id="delete-currentPassword"
            type="password"
            autoComplete="current-password"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('currentPassword')}
          />
        )}
      </Field>
      {twoStep ? (
        <Field id="delete-code" label={t('code')} hint={t('codeHint')} error={errors.code} required>
          {(d, invalid) => (
            <input
              id="delete-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby={d}
              aria-invalid={invalid}
              {...register('code')}
            />
          )}
        </Field>
      ) : null}
      <Field id="delete-confirm" label="" error={errors.confirm}>
        {(d, invalid) => (
          <label className="checkbox">
            <input id="delete-confirm" type="checkbox" aria-describedby={d} aria-invalid={invalid} {...register('confirm')} />
            {t('confirm')}
          </label>
        )}
      </Field>
      <button type="submit" className="button--danger" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('deleting') : t('deleteButton')}
      </button>
    </ClientForm>
  );
}
