'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { hideRecommendationAction } from '@/lib/triage/actions';
import { hideSchema } from '@/lib/triage/schemas';
import type { Target } from './target';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function HideForm({ reference, version }: Target) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, reason: '' };
  const { register, formState, failure, done, onSubmit } = useTriageForm(zodResolver(hideSchema), empty, hideRecommendationAction);
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('hidden')}
      submitLabel={t('hide')}
      pending={formState.isSubmitting}
      danger
    >
      <Field id="hideReason" label={t('hideReason')} hint={t('hideHint')} error={formState.errors.reason} required>
        {(d, invalid) => <textarea id="hideReason" rows={2} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
    </TriageForm>
  );
}
