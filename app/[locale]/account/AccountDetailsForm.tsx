'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { ProfileFields } from '@/components/form/ProfileFields';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { updateAccountAction } from '@/lib/accounts/actions';
import { accountDetailsSchema } from '@/lib/accounts/schemas';

type Values = z.input<typeof accountDetailsSchema>;

export function AccountDetailsForm({ defaults }: { defaults: Values }) {
  const t = useTranslations('auth');
  const account = useTranslations('account');
  const actionError = useActionErrorMessage();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values, unknown, z.output<typeof accountDetailsSchema>>({
    resolver: zodResolver(accountDetailsSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  async function onSubmit() {
    setState(null);
    const result = await updateAccountAction(getValues());
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    setState(result?.data ? { tone: 'success', text: account('saved') } : { tone: 'error', text: actionError(result?.serverError) });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <Field id="name" label={t('name')} error={errors.name} required>
        {(d, invalid) => <input id="name" autoComplete="name" aria-describedby={d} aria-invalid={invalid} {...register('name')} />}
      </Field>
      <ProfileFields register={register} errors={errors} />
      <button type="submit" disabled={formState.isSubmitting}>
        {account('saveDetails')}
      </button>
    </form>
  );
}
