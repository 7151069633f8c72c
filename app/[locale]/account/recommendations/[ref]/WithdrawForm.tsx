'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { withdrawRecommendationAction } from '@/lib/recommendations/actions';
import { withdrawRecommendationSchema } from '@/lib/recommendations/schema';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof withdrawRecommendationSchema>;

/** `version`: the recommendation as this page shows it; withdrawing something changed since is a conflict. */
export function WithdrawForm({ reference, version }: { reference: string; version: number }) {
  const t = useTranslations('account');
  const locale = useLocale();
  const { register, handleSubmit, getValues, formState } = useForm<Values>({
    resolver: zodResolver(withdrawRecommendationSchema),
    defaultValues: { ref: reference, version, reason: '', hideText: false },
  });
  const { run, failure } = useFormAction();

  async function onSubmit() {
    const data = await run(() => withdrawRecommendationAction({ ...getValues(), version }));
    if (data === null) return;
    window.location.assign(`/${locale}/account/recommendations/${reference}?withdrawn=1`);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <input type="hidden" {...register('ref')} />
      <Field id="reason" label={t('withdrawReason')} error={formState.errors.reason}>
        {(d, invalid) => <textarea id="reason" rows={3} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('hideText')} />
        {t('hideText')}
      </label>
      <button type="submit" className="button--danger" disabled={formState.isSubmitting}>
        {t('withdrawButton')}
      </button>
    </ClientForm>
  );
}
