'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { inviteCosignerAction } from '@/lib/cosigning/actions';
import { inviteCosignerSchema } from '@/lib/cosigning/schemas';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof inviteCosignerSchema>;

export function InviteCosignerForm({ reference }: { reference: string }) {
  const t = useTranslations('papers.cosign');
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    resolver: zodResolver(inviteCosignerSchema),
    defaultValues: { ref: reference, email: '' },
  });
  const { run, failure } = useFormAction(setError);
  const onSubmit = handleSubmit(async (values) => {
    setSent(false);
    if ((await run(() => inviteCosignerAction(values))) === null) return;
    setSent(true);
    reset({ ref: reference, email: '' });
    router.refresh();
  });
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {sent ? <Notice tone="success">{t('invited')}</Notice> : null}
      <Field id="cosign-email" label={t('inviteEmail')} hint={t('inviteHint')} error={formState.errors.email} required>
        {(d, invalid) => (
          <input id="cosign-email" type="email" autoComplete="off" aria-describedby={d} aria-invalid={invalid} {...register('email')} />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('invite')}
      </button>
    </ClientForm>
  );
}
