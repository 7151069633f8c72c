'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { applyFieldErrors } from '@/components/form/server-errors';
import { Notice } from '@/components/Notice';
import { createCallAction } from '@/lib/calls/actions';
import { callSchema, type CallFormValues, type CallInput } from '@/lib/calls/schema';
import { useCallRefusal } from './useCallRefusal';
import { ClientForm } from '@/components/form/ClientForm';

type Choice = { value: string; label: string };

/** A new call for input, saved as a draft: texts in both languages, pillars, questions per pillar, closing moment. */
export function CallForm({ meetings, pillars }: { meetings: Choice[]; pillars: Choice[] }) {
  const t = useTranslations('calls.manage');
  const router = useRouter();
  const refusal = useCallRefusal();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState(false);
  const form = useForm<CallFormValues, unknown, CallInput>({
    resolver: zodResolver(callSchema),
    defaultValues: { slug: '', meeting: '', titleEn: '', titleEs: '', introEn: '', introEs: '', pillars: [], questions: [], closesAt: '' },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const questions = useFieldArray({ control: form.control, name: 'questions' });

  async function onSubmit(values: CallInput) {
    setFailure(null);
    const result = await createCallAction({ ...values, closesAt: form.getValues('closesAt') });
    if (result?.validationErrors) {
      applyFieldErrors(setError, result.validationErrors);
      return setFailure(refusal('invalidInput'));
    }
    if (!result?.data) return setFailure(refusal(result?.serverError));
    reset();
    setCreated(true);
    router.refresh();
  }

  const text = (name: 'slug' | 'titleEn' | 'titleEs', label: string, hint?: string) => (
    <Field id={`call-${name}`} label={label} hint={hint} error={errors[name]} required>
      {(d, invalid) => <input id={`call-${name}`} aria-describedby={d} aria-invalid={invalid} {...register(name)} />}
    </Field>
  );
  const area = (name: 'introEn' | 'introEs', label: string) => (
    <Field id={`call-${name}`} label={label} error={errors[name]} required>
      {(d, invalid) => <textarea id={`call-${name}`} rows={4} aria-describedby={d} aria-invalid={invalid} {...register(name)} />}
    </Field>
  );

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {created ? <Notice tone="success">{t('created')}</Notice> : null}
      {text('slug', t('slug'), t('slugHint'))}
      <SelectField
        id="call-meeting"
        label={t('meeting')}
        error={errors.meeting}
        required
        registration={register('meeting')}
        options={meetings}
        placeholder={t('noMeeting')}
      />
      {text('titleEn', t('titleEn'))}
      {text('titleEs', t('titleEs'))}
      {area('introEn', t('introEn'))}
      {area('introEs', t('introEs'))}
      <fieldset className="choices">
        <legend>{t('pillars')}</legend>
        {errors.pillars ? <p className="field__error">{refusal('invalidInput')}</p> : null}
        {pillars.map((pillar) => (
          <label key={pillar.value} className="choice">
            <input type="checkbox" value={pillar.value} {...register('pillars')} />
            <span>{pillar.label}</span>
          </label>
        ))}
      </fieldset>
      <Field id="call-closesAt" label={t('closesAt')} hint={t('closesAtHint')} error={errors.closesAt} required>
        {(d, invalid) => (
          <input id="call-closesAt" type="datetime-local" aria-describedby={d} aria-invalid={invalid} {...register('closesAt')} />
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('questions')}</legend>
        <p className="field__hint">{t('questionsHint')}</p>
        {questions.fields.map((field, index) => {
          const number = index + 1;
          return (
            <div key={field.id} className="panel">
              <SelectField
                id={`question-${index}-pillar`}
                label={t('questionPillar', { number })}
                error={errors.questions?.[index]?.pillar}
                required
                registration={register(`questions.${index}.pillar`)}
                options={pillars}
                placeholder=""
              />
              {(['textEn', 'textEs'] as const).map((key) => (
                <Field
                  key={key}
                  id={`question-${index}-${key}`}
                  label={t(key === 'textEn' ? 'questionEn' : 'questionEs', { number })}
                  error={errors.questions?.[index]?.[key]}
                  required
                >
                  {(d, invalid) => (
                    <textarea
                      id={`question-${index}-${key}`}
                      rows={2}
                      aria-describedby={d}
                      aria-invalid={invalid}
                      {...register(`questions.${index}.${key}`)}
                    />
                  )}
                </Field>
              ))}
              <button type="button" className="button--secondary" onClick={() => questions.remove(index)}>
                {t('removeQuestion', { number })}
              </button>
            </div>
          );
        })}
        <button type="button" className="button--secondary" onClick={() => questions.append({ pillar: '', textEn: '', textEs: '' })}>
          {t('addQuestion')}
        </button>
      </fieldset>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('create')}
      </button>
    </ClientForm>
  );
}
