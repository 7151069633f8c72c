'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { hideRecommendationAction } from '@/lib/triage/actions';
import { hideSchema } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function HideForm({ reference, version }: Target) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, reason: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof hideSchema>>({ resolver: zodResolver(hideSchema), defaultValues: empty });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => hideRecommendationAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('hidden')}</Notice> : null}
      <Field id="hideReason" label={t('hideReason')} hint={t('hideHint')} error={formState.errors.reason} required>
        {(d, invalid) => <textarea id="hideReason" rows={2} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
      <button type="submit" className="button--danger" disabled={formState.isSubmitting}>
        {t('hide')}
      </button>
    </form>
  );
}
