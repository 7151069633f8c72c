'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { applyFieldErrors } from '@/components/form/server-errors';
import { Notice } from '@/components/Notice';
import { CONSENT_LEVELS, COUNTRIES, LOCALES, SECTORS } from '@/db/vocabulary';
import { recordAnswerAction } from '@/lib/calls/actions';
import { recordAnswerSchema, type RecordAnswerFormValues, type RecordAnswerInput } from '@/lib/calls/schema';
import { useCallRefusal } from './useCallRefusal';
import { ClientForm } from '@/components/form/ClientForm';

type Choice = { value: string; label: string };
type Question = Choice & { call: string; pillar: string };

/** Input an organization gave at a meeting or by letter, recorded by a coordinator for one of the calls (not drafts). */
export function RecordAnswerForm({ calls, pillars, questions }: { calls: Choice[]; pillars: Choice[]; questions: Question[] }) {
  const t = useTranslations('calls.record');
  const options = useTranslations('options');
  const router = useRouter();
  const refusal = useCallRefusal();
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset, control } = useForm<RecordAnswerFormValues, unknown, RecordAnswerInput>({
    resolver: zodResolver(recordAnswerSchema),
    defaultValues: {
      call: calls[0]?.value ?? '',
      channel: 'meeting',
      receivedOn: '',
      title: '',
      body: '',
      pillar: '',
      question: '',
      organization: '',
    },
  });
  const errors = formState.errors;
  const [call, pillar] = useWatch({ control, name: ['call', 'pillar'] });
  const choices = (group: 'sector' | 'country' | 'consent' | 'locale', values: readonly string[]) =>
    values.map((value) => ({ value, label: options(`${group}.${value}` as 'sector.labor') }));

  async function onSubmit(values: RecordAnswerInput) {
    setFailure(null);
    setRecorded(null);
    const result = await recordAnswerAction(values);
    if (result?.validationErrors) {
      applyFieldErrors(setError, result.validationErrors);
      return setFailure(refusal('invalidInput'));
    }
    if (!result?.data) return setFailure(refusal(result?.serverError));
    reset();
    setRecorded(result.data.ref);
    router.refresh();
  }

  const input = (name: 'title' | 'organization' | 'receivedOn', label: string, type = 'text') => (
    <Field id={`record-${name}`} label={label} error={errors[name]} required>
      {(d, invalid) => <input id={`record-${name}`} type={type} aria-describedby={d} aria-invalid={invalid} {...register(name)} />}
    </Field>
  );
  const select = (
    name: 'call' | 'pillar' | 'sector' | 'country' | 'consent' | 'language' | 'channel',
    label: string,
    list: Choice[],
    hint?: string,
  ) => (
    <SelectField
      id={`record-${name}`}
      label={label}
      hint={hint}
      error={errors[name]}
      required
      registration={register(name)}
      options={list}
      placeholder=""
    />
  );

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {recorded ? <Notice tone="success">{t('recorded', { ref: recorded })}</Notice> : null}
      {select('call', t('call'), calls)}
      {select('channel', t('channel'), [
        { value: 'meeting', label: t('channelMeeting') },
        { value: 'letter', label: t('channelLetter') },
      ])}
      {input('receivedOn', t('receivedOn'), 'date')}
      {input('organization', t('organization'))}
      {select('sector', t('sector'), choices('sector', SECTORS))}
      {select('country', t('country'), choices('country', COUNTRIES))}
      {select('pillar', t('pillar'), pillars)}
      <SelectField
        id="record-question"
        label={t('question')}
        error={errors.question}
        registration={register('question')}
        options={questions.filter((q) => q.call === call && q.pillar === pillar)}
        placeholder={t('questionNone')}
      />
      {input('title', t('recTitle'))}
      <Field id="record-body" label={t('body')} error={errors.body} required>
        {(d, invalid) => <textarea id="record-body" rows={8} aria-describedby={d} aria-invalid={invalid} {...register('body')} />}
      </Field>
      {select('language', t('language'), choices('locale', LOCALES))}
      {select('consent', t('consent'), choices('consent', CONSENT_LEVELS), t('consentHint'))}
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('submit')}
      </button>
    </ClientForm>
  );
}
