'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { Notice } from '@/components/Notice';
import { linkInitiativeAction } from '@/lib/triage/actions';
import { linkSchema } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function LinkForm({ reference, version, initiatives }: Target & { initiatives: { slug: string; label: string }[] }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, initiative: '', explanationEn: '', explanationEs: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof linkSchema>>({ resolver: zodResolver(linkSchema), defaultValues: empty });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => linkInitiativeAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('linkSaved')}</Notice> : null}
      <SelectField id="initiative" label={t('initiative')} error={formState.errors.initiative} required registration={register('initiative')} placeholder={t('chooseInitiative')} options={initiatives.map((i) => ({ value: i.slug, label: i.label }))} />
      <Field id="explanationEn" label={t('explanationEn')} hint={t('explanationHint')} error={formState.errors.explanationEn}>
        {(d, invalid) => <textarea id="explanationEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('explanationEn')} />}
      </Field>
      <Field id="explanationEs" label={t('explanationEs')} error={formState.errors.explanationEs}>
        {(d, invalid) => <textarea id="explanationEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('explanationEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('link')}
      </button>
    </form>
  );
}
