'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { requestPasswordResetAction } from '@/lib/accounts/actions';
import { requestPasswordResetSchema } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof requestPasswordResetSchema>;

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const [sent, setSent] = useState<{ email: string; outboxLink: string | null } | null>(null);
  const { register, handleSubmit, getValues, formState } = useForm<Values>({ resolver: zodResolver(requestPasswordResetSchema) });
  const { run, failure } = useFormAction();

  async function onSubmit() {
    const email = getValues('email');
    const data = await run(() => requestPasswordResetAction({ email }));
    if (data !== null) setSent({ email, outboxLink: data.outboxLink });
  }

  if (sent) {
    return (
      <Notice tone="success">
        <p>{t('forgotSent', { email: sent.email })}</p>
        {sent.outboxLink ? (
          <p>
            {t('demoOutbox')} <Link href={sent.outboxLink}>{t('demoOutboxLink')}</Link>
          </p>
        ) : null}
      </Notice>
    );
  }
  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="email" label={t('email')} error={formState.errors.email} required>
        {(d, invalid) => (
          <input id="email" type="email" autoComplete="email" aria-describedby={d} aria-invalid={invalid} {...register('email')} />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('sendLink')}
      </button>
    </ClientForm>
  );
}
