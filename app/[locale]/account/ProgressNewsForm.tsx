'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { PROGRESS_NEWS, type ProgressNews } from '@/db/vocabulary';
import { saveProgressNewsAction } from '@/lib/notifications/progress-news-actions';
import { progressNewsSchema, type ProgressNewsValues } from '@/lib/notifications/progress-news-schema';
import { ClientForm } from '@/components/form/ClientForm';

/** At once (at most daily), weekly, or not at all: news on initiatives that took up the person's recommendations. */
export function ProgressNewsForm({ current }: { current: ProgressNews }) {
  const t = useTranslations('evidence.news');
  const { run, failure } = useFormAction();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, getValues, formState } = useForm<ProgressNewsValues>({
    resolver: zodResolver(progressNewsSchema),
    defaultValues: { mode: current },
  });
  return (
    <ClientForm
      onSubmit={handleSubmit(async () => {
        setSaved(false);
        if ((await run(() => saveProgressNewsAction(getValues()))) !== null) setSaved(true);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {saved ? <Notice tone="success">{t('saved')}</Notice> : null}
      <fieldset className="choices">
        <legend>{t('legend')}</legend>
        {PROGRESS_NEWS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" value={value} {...register('mode')} />
            <span>{t(value)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('save')}
      </button>
    </ClientForm>
  );
}
