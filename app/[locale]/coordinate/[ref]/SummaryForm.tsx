'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { publishSummaryAction } from '@/lib/triage/actions';
import { summarySchema } from '@/lib/triage/schemas';
import type { Target } from './target';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

export function SummaryForm({ reference, version, summaryEn, summaryEs }: Target & { summaryEn: string; summaryEs: string }) {
  const t = useTranslations('triage');
  const { register, formState, failure, done, onSubmit } = useTriageForm(
    zodResolver(summarySchema),
    { ref: reference, version, summaryEn, summaryEs },
    publishSummaryAction,
    { keepValues: true },
  );
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('summaryPublished')}
      submitLabel={t('publishSummary')}
      pending={formState.isSubmitting}
    >
      <Field id="summaryEn" label={t('summaryEn')} error={formState.errors.summaryEn}>
        {(d, invalid) => (
          <textarea id="summaryEn" rows={4} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('summaryEn')} />
        )}
      </Field>
      <Field id="summaryEs" label={t('summaryEs')} error={formState.errors.summaryEs}>
        {(d, invalid) => (
          <textarea id="summaryEs" rows={4} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('summaryEs')} />
        )}
      </Field>
    </TriageForm>
  );
}
