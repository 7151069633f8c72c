'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { updateSiteSettingsAction } from '@/lib/admin/actions';
import { siteSettingsSchema } from '@/lib/admin/schemas';

type Values = z.input<typeof siteSettingsSchema>;

export function SiteSettingsForm({ defaults }: { defaults: Values }) {
  const t = useTranslations('admin');
  const actionError = useActionErrorMessage();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, getValues, formState } = useForm<Values>({ resolver: zodResolver(siteSettingsSchema), defaultValues: defaults });

  async function onSubmit() {
    setState(null);
    const result = await updateSiteSettingsAction(getValues());
    setState(result?.data ? { tone: 'success', text: t('settings.saved') } : { tone: 'error', text: actionError(result?.serverError) });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" aria-describedby="bilateralConfirmation-hint" {...register('bilateralConfirmation')} />
          <span>{t('settings.bilateralConfirmation')}</span>
        </label>
        <p id="bilateralConfirmation-hint" className="field__hint">
          {t('settings.bilateralConfirmationHint')}
        </p>
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('settings.save')}
      </button>
    </form>
  );
}
