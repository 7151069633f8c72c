'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { NOT_ADOPTED_REASONS, type RecommendationStatus } from '@/db/vocabulary';
import { changeStatusAction } from '@/lib/triage/actions';
import { statusChangeSchema, type StatusChangeValues } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import { TriageForm } from './TriageForm';

type Choice = { slug: string; label: string };
type Props = {
  reference: string;
  version: number;
  moves: { to: RecommendationStatus; label: string; needsResponse: boolean }[];
  initiatives: Choice[];
  meetings: Choice[];
  /** The site setting "public responses in both languages" (lib/admin/settings.ts), as the page was read. */
  bothLanguages: boolean;
};

/**
 * Changes the status with its public response; only the moves the workflow allows from here are offered.
 * Nothing is chosen or written in advance, and after a save the form is empty again: every move gets a
 * response written for it, never the previous one left in a field.
 *
 * The response's hint, read with both fields, says before saving whether both languages are needed or a
 * language left empty will be shown as not yet translated. The server decides either way: when it
 * refuses a response in one language, the missing language's field carries the error.
 */
export function StatusForm({ reference, version, moves, initiatives, meetings, bothLanguages }: Props) {
  const t = useTranslations('triage');
  const options = useTranslations('triage.reasons');
  const empty: StatusChangeValues = {
    ref: reference,
    version,
    to: '' as StatusChangeValues['to'],
    responseEn: '',
    responseEs: '',
    reason: '',
    coveredByInitiative: '',
    meeting: '',
  };
  const { register, handleSubmit, setError, getValues, reset, watch, formState } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: empty,
  });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  const to = watch('to');
  const reason = watch('reason');
  if (moves.length === 0) return <p>{t('noMoves')}</p>;

  return (
    <TriageForm
      onSubmit={handleSubmit(async () => {
        if (await submit(() => changeStatusAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      failure={failure}
      done={done}
      saved={t('statusSaved')}
      submitLabel={t('saveStatus')}
      pending={formState.isSubmitting}
    >
      <SelectField
        id="to"
        label={t('newStatus')}
        error={formState.errors.to}
        required
        registration={register('to')}
        placeholder={t('chooseStatus')}
        options={moves.map((move) => ({ value: move.to, label: move.label }))}
      />
      {to === 'not_adopted' ? (
        <SelectField
          id="reason"
          label={t('reason')}
          error={formState.errors.reason}
          required
          registration={register('reason')}
          placeholder={t('chooseReason')}
          options={NOT_ADOPTED_REASONS.map((r) => ({ value: r, label: options(r) }))}
        />
      ) : null}
      {to === 'not_adopted' && reason === 'already_covered' ? (
        <SelectField
          id="coveredByInitiative"
          label={t('coveredBy')}
          error={formState.errors.coveredByInitiative}
          required
          registration={register('coveredByInitiative')}
          placeholder={t('chooseInitiative')}
          options={initiatives.map((i) => ({ value: i.slug, label: i.label }))}
        />
      ) : null}
      {to === 'implemented' ? (
        <SelectField
          id="meeting"
          label={t('reportedAtMeeting')}
          error={formState.errors.meeting}
          registration={register('meeting')}
          placeholder={t('noMeetingYet')}
          options={meetings.map((m) => ({ value: m.slug, label: m.label }))}
        />
      ) : null}
      <Field
        id="responseEn"
        label={t('responseEn')}
        hint={`${t('responseHint')} ${t(bothLanguages ? 'responseBothLanguages' : 'responseOneLanguage')}`}
        error={formState.errors.responseEn}
      >
        {(d, invalid) => (
          <textarea id="responseEn" rows={3} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('responseEn')} />
        )}
      </Field>
      <Field id="responseEs" label={t('responseEs')} error={formState.errors.responseEs}>
        {(d, invalid) => (
          <textarea
            id="responseEs"
            rows={3}
            lang="es"
            // The hint over the English field (Field names it `responseEn-hint`) is about both languages.
            aria-describedby={[d, 'responseEn-hint'].filter(Boolean).join(' ')}
            aria-invalid={invalid}
            {...register('responseEs')}
          />
        )}
      </Field>
    </TriageForm>
  );
}
