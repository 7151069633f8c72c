'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { ROLES } from '@/db/vocabulary';
import { changeUserAccessAction } from '@/lib/admin/actions';
import { userAccessSchema } from '@/lib/admin/schemas';
import { useRouter } from '@/lib/i18n/navigation';
import { CoordinatorScopeFields, type PillarOption } from '../CoordinatorScopeFields';
import { ClientForm } from '@/components/form/ClientForm';

type Values = z.input<typeof userAccessSchema>;

/** Role, and for a coordinator government and pillars; the other fields appear only when they apply. */
export function UserAccessForm({ defaults, pillars }: { defaults: Values; pillars: PillarOption[] }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, getValues, watch, formState } = useForm<Values, unknown, z.output<typeof userAccessSchema>>({
    resolver: zodResolver(userAccessSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;
  const { run, failure } = useFormAction(setError);

  async function onSubmit() {
    setSaved(false);
    if ((await run(() => changeUserAccessAction({ ...getValues(), userId: defaults.userId }))) === null) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : saved ? <Notice tone="success">{t('user.accessSaved')}</Notice> : null}
      <Field id="role" label={t('users.role')} hint={t('user.roleHint')} error={errors.role} required>
        {(d, invalid) => (
          <select id="role" aria-describedby={d} aria-invalid={invalid} {...register('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {watch('role') === 'coordinator' ? (
        <CoordinatorScopeFields register={register} errors={errors} scope={watch('scope')} pillars={pillars} />
      ) : null}
      <button type="submit" disabled={formState.isSubmitting}>
        {t('user.saveAccess')}
      </button>
    </ClientForm>
  );
}
