'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { SUBMISSION_ALERTS, type SubmissionAlerts } from '@/db/vocabulary';
import { saveAlertPreferenceAction } from '@/lib/notifications/actions';
import { alertPreferenceSchema, type AlertPreferenceValues } from '@/lib/notifications/schemas';
import { ClientForm } from '@/components/form/ClientForm';

/** The form's words, translated on the server: the client bundle carries no catalogue for one form. */
export type AlertPreferenceLabels = {
  legend: string;
  hint: string;
  choices: Record<SubmissionAlerts, string>;
  save: string;
  saved: string;
};

/** How a coordinator hears of new recommendations in their pillars: not by e-mail, each at once, or daily. */
export function AlertPreferenceForm({ current, labels }: { current: SubmissionAlerts; labels: AlertPreferenceLabels }) {
  const { run, failure } = useFormAction();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, getValues, formState } = useForm<AlertPreferenceValues>({
    resolver: zodResolver(alertPreferenceSchema),
    defaultValues: { newSubmissions: current },
  });

  async function onSubmit() {
    setSaved(false);
    if ((await run(() => saveAlertPreferenceAction(getValues()))) === null) return;
    setSaved(true);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {saved ? <Notice tone="success">{labels.saved}</Notice> : null}
      <fieldset className="choices" aria-describedby="alerts-hint">
        <legend>{labels.legend}</legend>
        <p className="field__hint" id="alerts-hint">
          {labels.hint}
        </p>
        {SUBMISSION_ALERTS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" value={value} {...register('newSubmissions')} />
            <span>{labels.choices[value]}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={formState.isSubmitting}>
        {labels.save}
      </button>
    </ClientForm>
  );
}
