'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { changePasswordAction } from '@/lib/accounts/actions';
import { changePasswordSchema } from '@/lib/accounts/schemas';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof changePasswordSchema>;

/** A password change ends every session, this one too: the form then sends the person to sign in again. */
export function ChangePasswordForm() {
  const t = useTranslations('auth');
  const account = useTranslations('account');
  const locale = useLocale();
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({ resolver: zodResolver(changePasswordSchema) });
  const errors = formState.errors;
  const { run, failure } = useFormAction(setError);

  async function onSubmit() {
    const data = await run(() => changePasswordAction(getValues()));
    if (data === null) return;
    window.location.assign(`/${locale}/sign-in?changed=1`);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <p className="field__hint">{account('passwordChangeSignsOut')}</p>
      <Field id="currentPassword" label={account('currentPassword')} error={errors.currentPassword} required>
        {(d, invalid) => (
          <input
            id="currentPassword"
            type="password"
            autoComplete="current-password"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('currentPassword')}
          />
        )}
      </Field>
      <Field id="newPassword" label={t('newPassword')} hint={t('passwordHint')} error={errors.newPassword} required>
        {(d, invalid) => (
          <input
            id="newPassword"
            type="password"
            autoComplete="new-password"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('newPassword')}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {account('changePassword')}
      </button>
    </ClientForm>
  );
}
