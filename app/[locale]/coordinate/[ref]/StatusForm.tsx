'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { NOT_ADOPTED_REASONS, type RecommendationStatus } from '@/db/schema/recommendations';
import { changeStatusAction } from '@/lib/triage/actions';
import { statusChangeSchema, type StatusChangeValues } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';

type Choice = { slug: string; label: string };
type Props = {
  reference: string;
  version: number;
  moves: { to: RecommendationStatus; label: string; needsResponse: boolean }[];
  initiatives: Choice[];
  meetings: Choice[];
};

/** Changes the status with its public response; only the moves the workflow allows from here are offered. */
export function StatusForm({ reference, version, moves, initiatives, meetings }: Props) {
  const t = useTranslations('triage');
  const options = useTranslations('triage.reasons');
  const { register, handleSubmit, setError, getValues, setValue, watch, formState } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { ref: reference, version, to: moves[0]?.to, responseEn: '', responseEs: '', reason: '', coveredByInitiative: '', meeting: '' },
  });
  // After a change the offered moves change too: start again from the first one offered.
  const firstMove = moves[0]?.to;
  useEffect(() => {
    if (firstMove) setValue('to', firstMove);
  }, [firstMove, setValue]);
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  const to = watch('to');
  const reason = watch('reason');
  if (moves.length === 0) return <p>{t('noMoves')}</p>;

  return (
    <form onSubmit={handleSubmit(() => submit(() => changeStatusAction({ ...getValues(), version: currentVersion() })))} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('statusSaved')}</Notice> : null}
      <Field id="to" label={t('newStatus')} error={formState.errors.to} required>
        {(d, invalid) => (
          <select id="to" aria-describedby={d} aria-invalid={invalid} {...register('to')}>
            {moves.map((move) => (
              <option key={move.to} value={move.to}>
                {move.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {to === 'not_adopted' ? (
        <Field id="reason" label={t('reason')} error={formState.errors.reason} required>
          {(d, invalid) => (
            <select id="reason" aria-describedby={d} aria-invalid={invalid} {...register('reason')}>
              <option value="">{t('chooseReason')}</option>
              {NOT_ADOPTED_REASONS.map((r) => (
                <option key={r} value={r}>
                  {options(r)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {to === 'not_adopted' && reason === 'already_covered' ? (
        <Field id="coveredByInitiative" label={t('coveredBy')} error={formState.errors.coveredByInitiative} required>
          {(d, invalid) => (
            <select id="coveredByInitiative" aria-describedby={d} aria-invalid={invalid} {...register('coveredByInitiative')}>
              <option value="">{t('chooseInitiative')}</option>
              {initiatives.map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {to === 'implemented' ? (
        <Field id="meeting" label={t('reportedAtMeeting')} error={formState.errors.meeting}>
          {(d, invalid) => (
            <select id="meeting" aria-describedby={d} aria-invalid={invalid} {...register('meeting')}>
              <option value="">{t('noMeetingYet')}</option>
              {meetings.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id="responseEn" label={t('responseEn')} hint={t('responseHint')} error={formState.errors.responseEn}>
        {(d, invalid) => <textarea id="responseEn" rows={3} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('responseEn')} />}
      </Field>
      <Field id="responseEs" label={t('responseEs')} error={formState.errors.responseEs}>
        {(d, invalid) => <textarea id="responseEs" rows={3} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('responseEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('saveStatus')}
      </button>
    </form>
  );
}
