'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { updateSiteSettingsAction } from '@/lib/admin/actions';
import { siteSettingsSchema } from '@/lib/admin/schemas';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof siteSettingsSchema>;

export function SiteSettingsForm({ defaults }: { defaults: Values }) {
  const t = useTranslations('admin');
  const [saved, setSaved] = useState(false);
  const { run, failure } = useFormAction();
  const { register, handleSubmit, getValues, formState } = useForm<Values>({
    resolver: zodResolver(siteSettingsSchema),
    defaultValues: defaults,
  });

  async function onSubmit() {
    setSaved(false);
    setSaved((await run(() => updateSiteSettingsAction(getValues()))) !== null);
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : saved ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" aria-describedby="bilateralConfirmation-hint" {...register('bilateralConfirmation')} />
          <span>{t('settings.bilateralConfirmation')}</span>
        </label>
        <p id="bilateralConfirmation-hint" className="field__hint">
          {t('settings.bilateralConfirmationHint')}
        </p>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" aria-describedby="responsesInBothLanguages-hint" {...register('responsesInBothLanguages')} />
          <span>{t('settings.responsesInBothLanguages')}</span>
        </label>
        <p id="responsesInBothLanguages-hint" className="field__hint">
          {t('settings.responsesInBothLanguagesHint')}
        </p>
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('settings.save')}
      </button>
    </ClientForm>
  );
}
