'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { OptionSelect } from '@/components/form/OptionSelect';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { LOCALES } from '@/db/vocabulary';
import { inviteCoordinatorAction } from '@/lib/admin/actions';
import { inviteCoordinatorSchema } from '@/lib/admin/schemas';
import { Link } from '@/lib/i18n/navigation';
import { CoordinatorScopeFields, type PillarOption } from '../CoordinatorScopeFields';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof inviteCoordinatorSchema>;
type Sent = { userId: number; name: string; email: string; outboxLink: string | null };

const EMPTY: Values = { name: '', email: '', government: '' as Values['government'], scope: 'all', pillars: [], preferredLocale: 'en' };

export function InviteCoordinatorForm({ pillars }: { pillars: PillarOption[] }) {
  const t = useTranslations('admin');
  const auth = useTranslations('auth');
  const [sent, setSent] = useState<Sent | null>(null);
  const { register, handleSubmit, setError, getValues, watch, reset, formState } = useForm<
    Values,
    unknown,
    z.output<typeof inviteCoordinatorSchema>
  >({
    resolver: zodResolver(inviteCoordinatorSchema),
    defaultValues: EMPTY,
  });
  const errors = formState.errors;
  const { run, failure } = useFormAction(setError);

  async function onSubmit() {
    const values = getValues();
    const data = await run(() => inviteCoordinatorAction(values));
    if (data === null) return;
    setSent({ ...data, name: values.name, email: values.email.trim().toLowerCase() });
  }

  function inviteAnother() {
    reset(EMPTY);
    setSent(null);
  }

  if (sent) {
    return (
      <Notice tone="success">
        <p>{t('invite.sent', { email: sent.email })}</p>
        {sent.outboxLink ? (
          <p>
            {auth('demoOutbox')} <Link href={sent.outboxLink}>{auth('demoOutboxLink')}</Link>
          </p>
        ) : null}
        <p>
          <Link href={`/admin/users/${sent.userId}`}>{t('invite.openAccount', { name: sent.name })}</Link>
        </p>
        <p>
          <button type="button" className="button--secondary" onClick={inviteAnother}>
            {t('invite.another')}
          </button>
        </p>
      </Notice>
    );
  }
  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="name" label={auth('name')} error={errors.name} required>
        {(d, invalid) => <input id="name" autoComplete="off" aria-describedby={d} aria-invalid={invalid} {...register('name')} />}
      </Field>
      <Field id="email" label={auth('email')} error={errors.email} required>
        {(d, invalid) => (
          <input id="email" type="email" autoComplete="off" aria-describedby={d} aria-invalid={invalid} {...register('email')} />
        )}
      </Field>
      <CoordinatorScopeFields register={register} errors={errors} scope={watch('scope')} pillars={pillars} />
      <Field id="preferredLocale" label={auth('preferredLocale')} error={errors.preferredLocale} required>
        {(d, invalid) => (
          <OptionSelect
            id="preferredLocale"
            group="locale"
            values={LOCALES}
            registration={register('preferredLocale')}
            describedBy={d}
            invalid={invalid}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('invite.send')}
      </button>
    </ClientForm>
  );
}
