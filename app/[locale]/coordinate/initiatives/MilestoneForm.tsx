'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { recordMilestoneAction } from '@/lib/record/actions';
import { milestoneSchema, type MilestoneValues } from '@/lib/record/initiative-schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import { ClientForm } from '@/components/form/ClientForm';

/** Adds a milestone (no `id`) or changes one: its titles, target date and the date it was done. */
export function MilestoneForm({ defaults }: { defaults: MilestoneValues }) {
  const t = useTranslations('evidence.milestones');
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<MilestoneValues>({
    resolver: zodResolver(milestoneSchema),
    defaultValues: defaults,
  });
  const { submit, failure, done } = useTriageSubmit(setError);
  const errors = formState.errors;
  const key = defaults.id ? `m${defaults.id}-` : 'm-new-';
  return (
    <ClientForm
      onSubmit={handleSubmit(async () => {
        if ((await submit(() => recordMilestoneAction(getValues()))) && !defaults.id) reset(defaults);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('saved')}</Notice> : null}
      <Field id={`${key}titleEn`} label={t('titleEn')} error={errors.titleEn} required>
        {(d, invalid) => <input id={`${key}titleEn`} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('titleEn')} />}
      </Field>
      <Field id={`${key}titleEs`} label={t('titleEs')} error={errors.titleEs} required>
        {(d, invalid) => <input id={`${key}titleEs`} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('titleEs')} />}
      </Field>
      <Field id={`${key}targetDate`} label={t('targetDate')} error={errors.targetDate}>
        {(d, invalid) => (
          <input id={`${key}targetDate`} type="date" aria-describedby={d} aria-invalid={invalid} {...register('targetDate')} />
        )}
      </Field>
      <Field id={`${key}doneDate`} label={t('doneDate')} error={errors.doneDate}>
        {(d, invalid) => <input id={`${key}doneDate`} type="date" aria-describedby={d} aria-invalid={invalid} {...register('doneDate')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('save')}
      </button>
    </ClientForm>
  );
}
