'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { linkInitiativeAction } from '@/lib/triage/actions';
import { linkSchema } from '@/lib/triage/schemas';
import type { Target } from './target';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function LinkForm({ reference, version, initiatives }: Target & { initiatives: { slug: string; label: string }[] }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, initiative: '', explanationEn: '', explanationEs: '' };
  const { register, formState, failure, done, onSubmit } = useTriageForm(zodResolver(linkSchema), empty, linkInitiativeAction);
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('linkSaved')}
      submitLabel={t('link')}
      pending={formState.isSubmitting}
    >
      <SelectField
        id="initiative"
        label={t('initiative')}
        error={formState.errors.initiative}
        required
        registration={register('initiative')}
        placeholder={t('chooseInitiative')}
        options={initiatives.map((i) => ({ value: i.slug, label: i.label }))}
      />
      <Field id="explanationEn" label={t('explanationEn')} hint={t('explanationHint')} error={formState.errors.explanationEn}>
        {(d, invalid) => (
          <textarea id="explanationEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('explanationEn')} />
        )}
      </Field>
      <Field id="explanationEs" label={t('explanationEs')} error={formState.errors.explanationEs}>
        {(d, invalid) => (
          <textarea id="explanationEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('explanationEs')} />
        )}
      </Field>
    </TriageForm>
  );
}
