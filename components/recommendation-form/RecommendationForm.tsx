'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { OptionSelect } from '@/components/form/OptionSelect';
import { applyFieldErrors } from '@/components/form/server-errors';
import { Notice } from '@/components/Notice';
import { CallFields, type CallOption } from '@/components/calls/CallFields';
import { useCallRefusal } from '@/components/calls/useCallRefusal';
import { CONSENT_LEVELS, COUNTRIES, FUNDING_DECLARATIONS, LOCALES, SECTORS } from '@/db/vocabulary';
import { parseErrorMessage } from '@/lib/form-errors';
import { editRecommendationAction, submitRecommendationAction } from '@/lib/recommendations/actions';
import { LIMITS, recommendationSchema, type RecommendationFormValues, type RecommendationInput } from '@/lib/recommendations/schema';
import { useDraft } from './useDraft';
import { ClientForm } from '@/components/form/ClientForm';

const FIELD_ORDER = [
  'title',
  'body',
  'pillar',
  'topics',
  'sector',
  'organization',
  'organizationIdentifier',
  'country',
  'language',
  'fundingDeclaration',
  'consent',
] as const satisfies readonly (keyof RecommendationFormValues)[];

export type PillarChoice = { slug: string; label: string; title: string; purpose: string };

type Props = {
  pillars: PillarChoice[];
  defaults: RecommendationFormValues;
  /** Editing an existing recommendation: its reference and the version the form started from. */
  editing?: { ref: string; version: number };
  /** The calls for input open now, which a new recommendation may answer. */
  calls?: CallOption[];
};

/**
 * The recommendation form: one schema with the server (lib/recommendations/schema.ts), errors in the
 * visitor's language, counters on the long fields, and a draft kept in this browser so nothing typed
 * is lost to an error, a reload or a sign-in detour.
 */
export function RecommendationForm({ pillars, defaults, editing, calls }: Props) {
  const t = useTranslations('submit');
  const options = useTranslations('options');
  const validation = useTranslations('validation');
  const locale = useLocale();
  const actionError = useCallRefusal();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<RecommendationFormValues, unknown, RecommendationInput>({
    resolver: zodResolver(recommendationSchema),
    shouldFocusError: false,
    mode: 'onTouched',
    defaultValues: defaults,
  });
  const { register, handleSubmit, setError, getValues, watch, formState, setFocus } = form;
  const errors = formState.errors;
  const draft = useDraft(editing ? null : 'hled-recommendation-draft', form);
  const title = watch('title') ?? '';
  const body = watch('body') ?? '';

  async function onSubmit() {
    setFailure(null);
    // The server parses the same schema again, from what was typed.
    const values = getValues();
    const result = editing
      ? await editRecommendationAction({ ...values, ref: editing.ref, version: editing.version })
      : await submitRecommendationAction(values);
    if (result?.validationErrors) {
      applyFieldErrors(setError, result.validationErrors);
      setFailure(t('fixErrors'));
      return;
    }
    if (!result?.data) {
      setFailure(actionError(result?.serverError));
      return;
    }
    draft.clear();
    window.location.assign(
      editing ? `/${locale}/account/recommendations/${result.data.ref}?saved=1` : `/${locale}/submit/received/${result.data.ref}`,
    );
  }

  // Focus the first field with a problem, in the order a person reads the form.
  function onInvalid(invalid: Partial<Record<keyof RecommendationFormValues, unknown>>) {
    setFailure(t('fixErrors'));
    const first = FIELD_ORDER.find((name) => invalid[name]);
    if (first) setTimeout(() => setFocus(first), 0);
  }

  const groupError = (message: string | undefined) => {
    if (!message) return null;
    const parsed = parseErrorMessage(message);
    return validation.has(parsed.key) ? validation(parsed.key as 'choose', parsed.values) : validation('invalid');
  };

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit, onInvalid)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {draft.restored ? <Notice tone="info">{t('draftRestored')}</Notice> : null}

      <Field
        id="title"
        label={t('titleLabel')}
        hint={t('titleHint')}
        error={errors.title}
        counter={{ length: title.length, max: LIMITS.title.max }}
        required
      >
        {(d, invalid) => <input id="title" aria-describedby={d} aria-invalid={invalid} {...register('title')} />}
      </Field>

      <Field
        id="body"
        label={t('body')}
        hint={t('bodyHint')}
        error={errors.body}
        counter={{ length: body.length, max: LIMITS.body.max }}
        required
      >
        {(d, invalid) => <textarea id="body" rows={10} aria-describedby={d} aria-invalid={invalid} {...register('body')} />}
      </Field>

      {calls ? <CallFields calls={calls} register={register} watch={watch} /> : null}

      <fieldset className="choices" aria-describedby={errors.pillar ? 'pillar-error' : 'pillar-hint'}>
        <legend>
          {t('pillar')} <span className="field__required">({t('requiredMark')})</span>
        </legend>
        <p className="field__hint" id="pillar-hint">
          {t('pillarHint')}
        </p>
        {errors.pillar ? (
          <p id="pillar-error" className="field__error">
            {groupError(errors.pillar.message)}
          </p>
        ) : null}
        {pillars.map((pillar) => (
          // Named by its title alone, described by its purpose: the whole paragraph as a name is too long to hear.
          <label key={pillar.slug} className="choice">
            <input
              type="radio"
              value={pillar.slug}
              aria-labelledby={`pillar-${pillar.slug}-title`}
              aria-describedby={`pillar-${pillar.slug}-purpose`}
              aria-invalid={Boolean(errors.pillar)}
              {...register('pillar')}
            />
            <span>
              <strong id={`pillar-${pillar.slug}-title`}>
                {pillar.label}: {pillar.title}
              </strong>
              <span className="choice__help" id={`pillar-${pillar.slug}-purpose`}>
                {pillar.purpose}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <Field id="topics" label={t('topics')} hint={t('topicsHint')} error={errors.topics}>
        {(d, invalid) => <input id="topics" aria-describedby={d} aria-invalid={invalid} {...register('topics')} />}
      </Field>
      <Field id="sector" label={t('sector')} error={errors.sector} required>
        {(d, invalid) => (
          <OptionSelect id="sector" group="sector" values={SECTORS} registration={register('sector')} describedBy={d} invalid={invalid} />
        )}
      </Field>
      <Field id="organization" label={t('organization')} error={errors.organization}>
        {(d, invalid) => (
          <input id="organization" autoComplete="organization" aria-describedby={d} aria-invalid={invalid} {...register('organization')} />
        )}
      </Field>
      <Field
        id="organizationIdentifier"
        label={t('organizationIdentifier')}
        hint={t('organizationIdentifierHint')}
        error={errors.organizationIdentifier}
      >
        {(d, invalid) => (
          <input id="organizationIdentifier" aria-describedby={d} aria-invalid={invalid} {...register('organizationIdentifier')} />
        )}
      </Field>
      <Field id="country" label={t('country')} error={errors.country} required>
        {(d, invalid) => (
          <OptionSelect
            id="country"
            group="country"
            values={COUNTRIES}
            registration={register('country')}
            describedBy={d}
            invalid={invalid}
          />
        )}
      </Field>
      <Field id="language" label={t('language')} hint={t('languageHint')} error={errors.language} required>
        {(d, invalid) => (
          <OptionSelect
            id="language"
            group="locale"
            values={LOCALES}
            registration={register('language')}
            describedBy={d}
            invalid={invalid}
          />
        )}
      </Field>
      <Field id="fundingDeclaration" label={t('funding')} hint={t('fundingHint')} error={errors.fundingDeclaration} required>
        {(d, invalid) => (
          <OptionSelect
            id="fundingDeclaration"
            group="funding"
            values={FUNDING_DECLARATIONS}
            registration={register('fundingDeclaration')}
            describedBy={d}
            invalid={invalid}
          />
        )}
      </Field>

      <fieldset className="choices" aria-describedby={errors.consent ? 'consent-error' : 'consent-hint'}>
        <legend>
          {t('consent')} <span className="field__required">({t('requiredMark')})</span>
        </legend>
        <p className="field__hint" id="consent-hint">
          {t('consentHint')}
        </p>
        {errors.consent ? (
          <p id="consent-error" className="field__error">
            {groupError(errors.consent.message)}
          </p>
        ) : null}
        {CONSENT_LEVELS.map((level) => (
          <label key={level} className="choice">
            <input type="radio" value={level} aria-invalid={Boolean(errors.consent)} {...register('consent')} />
            <span>{options(`consent.${level}`)}</span>
          </label>
        ))}
      </fieldset>

      {/* Honeypot: hidden from people and assistive technology; form-filling bots complete it. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Website</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
      </div>

      <button type="submit" disabled={formState.isSubmitting}>
        {editing ? t('saveChanges') : t('send')}
      </button>
    </ClientForm>
  );
}
