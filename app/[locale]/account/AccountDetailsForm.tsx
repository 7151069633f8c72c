'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { ProfileFields } from '@/components/form/ProfileFields';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { updateAccountAction } from '@/lib/accounts/actions';
import { accountDetailsSchema } from '@/lib/accounts/schemas';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof accountDetailsSchema>;

export function AccountDetailsForm({ defaults }: { defaults: Values }) {
  const t = useTranslations('auth');
  const account = useTranslations('account');
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values, unknown, z.output<typeof accountDetailsSchema>>({
    resolver: zodResolver(accountDetailsSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const { run, failure } = useFormAction(setError);

  async function onSubmit() {
    setSaved(false);
    setSaved((await run(() => updateAccountAction(getValues()))) !== null);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : saved ? <Notice tone="success">{account('saved')}</Notice> : null}
      <Field id="name" label={t('name')} error={errors.name} required>
        {(d, invalid) => <input id="name" autoComplete="name" aria-describedby={d} aria-invalid={invalid} {...register('name')} />}
      </Field>
      <ProfileFields register={register} errors={errors} />
      <button type="submit" disabled={formState.isSubmitting}>
        {account('saveDetails')}
      </button>
    </ClientForm>
  );
}
