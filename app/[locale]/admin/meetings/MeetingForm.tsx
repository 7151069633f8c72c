'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { createMeetingAction, updateMeetingAction } from '@/lib/admin/actions';
import { MEETING_LIMITS, meetingSchema } from '@/lib/admin/schemas';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { ClientForm } from '@/components/form/ClientForm';

export type MeetingFormValues = z.input<typeof meetingSchema>;
type Props = {
  kinds: { value: string; label: string }[];
  /** Editing an existing meeting: its id and current values. Without it, the form adds a meeting. */
  editing?: { meetingId: number; values: MeetingFormValues };
};

const EMPTY: MeetingFormValues = {
  slug: '',
  date: '',
  kind: '' as MeetingFormValues['kind'],
  titleEn: '',
  titleEs: '',
  placeEn: '',
  placeEs: '',
  summaryEn: '',
  summaryEs: '',
  usLeads: '',
  mxLeads: '',
  usLeadsEs: '',
  mxLeadsEs: '',
};

/** A meeting's record in both languages. Adding one opens its edit page; editing stays here. */
export function MeetingForm({ kinds, editing }: Props) {
  const t = useTranslations('admin');
  const router = useRouter();
  const actionError = useActionErrorMessage();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string; slug?: string } | null>(null);
  const { register, handleSubmit, setError, getValues, watch, formState } = useForm<
    MeetingFormValues,
    unknown,
    z.output<typeof meetingSchema>
  >({
    resolver: zodResolver(meetingSchema),
    defaultValues: editing?.values ?? EMPTY,
  });
  const errors = formState.errors;

  async function onSubmit() {
    setState(null);
    const values = getValues();
    const result = editing ? await updateMeetingAction({ ...values, meetingId: editing.meetingId }) : await createMeetingAction(values);
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    if (!result?.data) return setState({ tone: 'error', text: actionError(result?.serverError) });
    const { slug } = result.data;
    if (!editing) return router.push(`/admin/meetings/${slug}?created=1`);
    // A changed slug is a changed address: this page moves with it, and says so there.
    if (slug !== editing.values.slug) return router.replace(`/admin/meetings/${slug}?saved=1`);
    setState({ tone: 'success', text: t('meeting.saved'), slug });
    router.refresh();
  }

  const text = (name: keyof MeetingFormValues, options: { lang?: 'en' | 'es'; max?: number; hint?: string; required?: boolean } = {}) => {
    const value = watch(name) ?? '';
    return (
      <Field
        id={name}
        label={t(`meeting.${name}`)}
        hint={options.hint}
        error={errors[name]}
        counter={options.max ? { length: value.length, max: options.max } : undefined}
        required={options.required}
      >
        {(d, invalid) => (
          <TextInput
            id={name}
            lang={options.lang}
            long={name.startsWith('summary') || /Leads(Es)?$/.test(name)}
            describedBy={d}
            invalid={invalid}
            registration={register(name)}
          />
        )}
      </Field>
    );
  };

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {state ? (
        <Notice tone={state.tone}>
          <p>{state.text}</p>
          {state.slug ? (
            <p>
              <Link href={`/meetings/${state.slug}`}>{t('meeting.viewPublic')}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {text('slug', { hint: t('meeting.slugHint'), required: true })}
      <Field id="date" label={t('meeting.date')} error={errors.date} required>
        {(d, invalid) => <input id="date" type="date" aria-describedby={d} aria-invalid={invalid} {...register('date')} />}
      </Field>
      <SelectField
        id="kind"
        label={t('meeting.kind')}
        error={errors.kind}
        required
        registration={register('kind')}
        placeholder={t('meeting.chooseKind')}
        options={kinds.map((kind) => ({ value: kind.value, label: kind.label }))}
      />
      {text('titleEn', { lang: 'en', max: MEETING_LIMITS.title, required: true })}
      {text('titleEs', { lang: 'es', max: MEETING_LIMITS.title, required: true })}
      {text('placeEn', { lang: 'en' })}
      {text('placeEs', { lang: 'es' })}
      {text('summaryEn', { lang: 'en', max: MEETING_LIMITS.summary, required: true })}
      {text('summaryEs', { lang: 'es', max: MEETING_LIMITS.summary, required: true })}
      {text('usLeads', { lang: 'en', hint: t('meeting.leadsHint') })}
      {text('usLeadsEs', { lang: 'es', hint: t('meeting.leadsEsHint') })}
      {text('mxLeads', { lang: 'en', hint: t('meeting.leadsHint') })}
      {text('mxLeadsEs', { lang: 'es', hint: t('meeting.leadsEsHint') })}
      <button type="submit" disabled={formState.isSubmitting}>
        {editing ? t('meeting.save') : t('meeting.create')}
      </button>
    </ClientForm>
  );
}

type TextInputProps = {
  id: string;
  lang?: 'en' | 'es';
  long: boolean;
  describedBy?: string;
  invalid: boolean;
  registration: UseFormRegisterReturn;
};

/** Summaries and lists of leads are several lines; the rest is one. `lang` lets a screen reader read each language right. */
function TextInput({ id, lang, long, describedBy, invalid, registration }: TextInputProps) {
  if (long)
    return (
      <textarea
        id={id}
        lang={lang}
        rows={id.startsWith('summary') ? 8 : 4}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        {...registration}
      />
    );
  return <input id={id} lang={lang} aria-describedby={describedBy} aria-invalid={invalid} {...registration} />;
}
