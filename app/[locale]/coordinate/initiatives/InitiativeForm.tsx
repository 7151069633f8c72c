'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { Notice } from '@/components/Notice';
import { INITIATIVE_STATES } from '@/db/vocabulary';
import { saveInitiativeAction } from '@/lib/record/actions';
import { initiativeSchema, type InitiativeValues } from '@/lib/record/initiative-schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import { ClientForm } from '@/components/form/ClientForm';

type Props = {
  defaults: InitiativeValues;
  existingSlug: string | null;
  pillars: { slug: string; label: string }[];
  agencies: { slug: string; label: string; government: 'us' | 'mx' }[];
};

export function InitiativeForm({ defaults, existingSlug, pillars, agencies }: Props) {
  const t = useTranslations('recordAdmin');
  const states = useTranslations('initiativeState');
  const locale = useLocale();
  const { register, handleSubmit, setError, getValues, setValue, formState } = useForm<InitiativeValues>({
    resolver: zodResolver(initiativeSchema),
    defaultValues: defaults,
  });
  const { submit, failure, done } = useTriageSubmit(setError);
  const errors = formState.errors;

  async function onSubmit() {
    const result = await submit(() => saveInitiativeAction({ ...getValues(), existingSlug }));
    if (!result) return;
    if (!existingSlug) window.location.assign(`/${locale}/coordinate/initiatives/${result.slug}`);
    // The next save from this page starts from the version this one made.
    else setValue('version', result.version);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('saved')}</Notice> : null}
      <Field id="slug" label={t('slug')} hint={t('slugHint')} error={errors.slug} required>
        {(d, invalid) => (
          <input id="slug" readOnly={existingSlug !== null} aria-describedby={d} aria-invalid={invalid} {...register('slug')} />
        )}
      </Field>
      <SelectField
        id="pillar"
        label={t('pillar')}
        error={errors.pillar}
        required
        registration={register('pillar')}
        options={pillars.map((p) => ({ value: p.slug, label: p.label }))}
      />
      <Field id="titleEn" label={t('titleEn')} error={errors.titleEn} required>
        {(d, invalid) => <input id="titleEn" lang="en" aria-describedby={d} aria-invalid={invalid} {...register('titleEn')} />}
      </Field>
      <Field id="titleEs" label={t('titleEs')} error={errors.titleEs} required>
        {(d, invalid) => <input id="titleEs" lang="es" aria-describedby={d} aria-invalid={invalid} {...register('titleEs')} />}
      </Field>
      <Field id="descriptionEn" label={t('descriptionEn')} error={errors.descriptionEn} required>
        {(d, invalid) => (
          <textarea id="descriptionEn" rows={4} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('descriptionEn')} />
        )}
      </Field>
      <Field id="descriptionEs" label={t('descriptionEs')} error={errors.descriptionEs} required>
        {(d, invalid) => (
          <textarea id="descriptionEs" rows={4} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('descriptionEs')} />
        )}
      </Field>
      <SelectField
        id="state"
        label={t('state')}
        error={errors.state}
        required
        registration={register('state')}
        options={INITIATIVE_STATES.map((s) => ({ value: s, label: states(s) }))}
      />
      {(['us', 'mx'] as const).map((government) => (
        <fieldset key={government} className="choices">
          <legend>{t(government === 'us' ? 'leadsUs' : 'leadsMx')}</legend>
          {agencies
            .filter((a) => a.government === government)
            .map((agency) => (
              <label key={agency.slug} className="checkbox">
                <input type="checkbox" value={agency.slug} {...register('leads')} />
                {agency.label}
              </label>
            ))}
        </fieldset>
      ))}
      <button type="submit" disabled={formState.isSubmitting}>
        {t('save')}
      </button>
    </ClientForm>
  );
}
