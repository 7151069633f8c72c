'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { publishSummaryAction } from '@/lib/triage/actions';
import { summarySchema } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';

export function SummaryForm({ reference, version, summaryEn, summaryEs }: Target & { summaryEn: string; summaryEs: string }) {
  const t = useTranslations('triage');
  const { register, handleSubmit, setError, getValues, formState } = useForm<z.input<typeof summarySchema>>({
    resolver: zodResolver(summarySchema),
    defaultValues: { ref: reference, version, summaryEn, summaryEs },
  });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form onSubmit={handleSubmit(() => submit(() => publishSummaryAction({ ...getValues(), version: currentVersion() })))} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('summaryPublished')}</Notice> : null}
      <Field id="summaryEn" label={t('summaryEn')} error={formState.errors.summaryEn}>
        {(d, invalid) => <textarea id="summaryEn" rows={4} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('summaryEn')} />}
      </Field>
      <Field id="summaryEs" label={t('summaryEs')} error={formState.errors.summaryEs}>
        {(d, invalid) => <textarea id="summaryEs" rows={4} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('summaryEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('publishSummary')}
      </button>
    </form>
  );
}
