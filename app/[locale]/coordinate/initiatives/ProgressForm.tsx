'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { Notice } from '@/components/Notice';
import { PROGRESS_KINDS } from '@/db/vocabulary';
import { recordProgressAction } from '@/lib/record/actions';
import { progressSchema, type ProgressValues } from '@/lib/record/initiative-schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import { ClientForm } from '@/components/form/ClientForm';

export function ProgressForm({ initiative, meetings }: { initiative: string; meetings: { slug: string; label: string }[] }) {
  const t = useTranslations('recordAdmin');
  const kinds = useTranslations('progressKind');
  const e = useTranslations('evidence.progress');
  const empty: ProgressValues = {
    initiative,
    date: new Date().toISOString().slice(0, 10),
    meeting: '',
    kind: 'accomplishment',
    textEn: '',
    textEs: '',
    figureValue: '',
    figureUnitEn: '',
    figureUnitEs: '',
    sourceTitle: '',
    sourceDate: '',
    sourceUrl: '',
    corrects: '',
    correctionReasonEn: '',
    correctionReasonEs: '',
  };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<ProgressValues>({
    resolver: zodResolver(progressSchema),
    defaultValues: empty,
  });
  const { submit, failure, done } = useTriageSubmit(setError);
  const errors = formState.errors;

  return (
    <ClientForm
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
      <SelectField
        id="meeting"
        label={t('meeting')}
        error={errors.meeting}
        registration={register('meeting')}
        placeholder={t('noMeeting')}
        options={meetings.map((m) => ({ value: m.slug, label: m.label }))}
      />
      <SelectField
        id="kind"
        label={t('kind')}
        error={errors.kind}
        required
        registration={register('kind')}
        options={PROGRESS_KINDS.map((k) => ({ value: k, label: kinds(k) }))}
      />
      <Field id="textEn" label={t('textEn')} error={errors.textEn} required>
        {(d, invalid) => <textarea id="textEn" rows={3} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('textEn')} />}
      </Field>
      <Field id="textEs" label={t('textEs')} error={errors.textEs} required>
        {(d, invalid) => <textarea id="textEs" rows={3} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('textEs')} />}
      </Field>
      <Field id="figureValue" label={t('figureValue')} hint={t('figureHint')} error={errors.figureValue}>
        {(d, invalid) => (
          <input id="figureValue" inputMode="decimal" aria-describedby={d} aria-invalid={invalid} {...register('figureValue')} />
        )}
      </Field>
      <Field id="figureUnitEn" label={t('figureUnitEn')} error={errors.figureUnitEn}>
        {(d, invalid) => <input id="figureUnitEn" lang="en" aria-describedby={d} aria-invalid={invalid} {...register('figureUnitEn')} />}
      </Field>
      <Field id="figureUnitEs" label={t('figureUnitEs')} error={errors.figureUnitEs}>
        {(d, invalid) => <input id="figureUnitEs" lang="es" aria-describedby={d} aria-invalid={invalid} {...register('figureUnitEs')} />}
      </Field>
      <Field id="sourceTitle" label={e('sourceTitle')} hint={e('sourceHint')} error={errors.sourceTitle}>
        {(d, invalid) => <input id="sourceTitle" aria-describedby={d} aria-invalid={invalid} {...register('sourceTitle')} />}
      </Field>
      <Field id="sourceDate" label={e('sourceDate')} error={errors.sourceDate}>
        {(d, invalid) => <input id="sourceDate" type="date" aria-describedby={d} aria-invalid={invalid} {...register('sourceDate')} />}
      </Field>
      <Field id="sourceUrl" label={e('sourceUrl')} error={errors.sourceUrl}>
        {(d, invalid) => <input id="sourceUrl" type="url" aria-describedby={d} aria-invalid={invalid} {...register('sourceUrl')} />}
      </Field>
      <Field id="corrects" label={e('corrects')} hint={e('correctsHint')} error={errors.corrects}>
        {(d, invalid) => <input id="corrects" inputMode="numeric" aria-describedby={d} aria-invalid={invalid} {...register('corrects')} />}
      </Field>
      <Field id="correctionReasonEn" label={e('correctionReasonEn')} error={errors.correctionReasonEn}>
        {(d, invalid) => (
          <textarea
            id="correctionReasonEn"
            rows={2}
            lang="en"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('correctionReasonEn')}
          />
        )}
      </Field>
      <Field id="correctionReasonEs" label={e('correctionReasonEs')} error={errors.correctionReasonEs}>
        {(d, invalid) => (
          <textarea
            id="correctionReasonEs"
            rows={2}
            lang="es"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('correctionReasonEs')}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('recordProgress')}
      </button>
    </ClientForm>
  );
}
