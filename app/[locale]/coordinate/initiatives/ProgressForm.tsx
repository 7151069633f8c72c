'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { PROGRESS_KINDS } from '@/db/schema/record';
import { recordProgressAction } from '@/lib/record/actions';
import { progressSchema, type ProgressValues } from '@/lib/record/initiative-schemas';
import { useTriageSubmit } from '../useTriageSubmit';

export function ProgressForm({ initiative, meetings }: { initiative: string; meetings: { slug: string; label: string }[] }) {
  const t = useTranslations('recordAdmin');
  const kinds = useTranslations('progressKind');
  const empty: ProgressValues = { initiative, date: new Date().toISOString().slice(0, 10), meeting: '', kind: 'accomplishment', textEn: '', textEs: '', figureValue: '', figureUnitEn: '', figureUnitEs: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<ProgressValues>({ resolver: zodResolver(progressSchema), defaultValues: empty });
  const { submit, failure, done } = useTriageSubmit(setError);
  const errors = formState.errors;

  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => recordProgressAction(getValues()))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('progressSaved')}</Notice> : null}
      <Field id="date" label={t('date')} error={errors.date} required>
        {(d, invalid) => <input id="date" type="date" aria-describedby={d} aria-invalid={invalid} {...register('date')} />}
      </Field>
      <Field id="meeting" label={t('meeting')} error={errors.meeting}>
        {(d, invalid) => (
          <select id="meeting" aria-describedby={d} aria-invalid={invalid} {...register('meeting')}>
            <option value="">{t('noMeeting')}</option>
            {meetings.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="kind" label={t('kind')} error={errors.kind} required>
        {(d, invalid) => (
          <select id="kind" aria-describedby={d} aria-invalid={invalid} {...register('kind')}>
            {PROGRESS_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="textEn" label={t('textEn')} error={errors.textEn} required>
        {(d, invalid) => <textarea id="textEn" rows={3} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('textEn')} />}
      </Field>
      <Field id="textEs" label={t('textEs')} error={errors.textEs} required>
        {(d, invalid) => <textarea id="textEs" rows={3} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('textEs')} />}
      </Field>
      <Field id="figureValue" label={t('figureValue')} hint={t('figureHint')} error={errors.figureValue}>
        {(d, invalid) => <input id="figureValue" inputMode="decimal" aria-describedby={d} aria-invalid={invalid} {...register('figureValue')} />}
      </Field>
      <Field id="figureUnitEn" label={t('figureUnitEn')} error={errors.figureUnitEn}>
        {(d, invalid) => <input id="figureUnitEn" lang="en" aria-describedby={d} aria-invalid={invalid} {...register('figureUnitEn')} />}
      </Field>
      <Field id="figureUnitEs" label={t('figureUnitEs')} error={errors.figureUnitEs}>
        {(d, invalid) => <input id="figureUnitEs" lang="es" aria-describedby={d} aria-invalid={invalid} {...register('figureUnitEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('recordProgress')}
      </button>
    </form>
  );
}
