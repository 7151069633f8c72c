'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { ROLES } from '@/db/vocabulary';
import { changeUserAccessAction } from '@/lib/admin/actions';
import { userAccessSchema } from '@/lib/admin/schemas';
import { useRouter } from '@/lib/i18n/navigation';
import { CoordinatorScopeFields, type PillarOption } from '../CoordinatorScopeFields';

type Values = z.input<typeof userAccessSchema>;

/** Role, and for a coordinator government and pillars; the other fields appear only when they apply. */
export function UserAccessForm({ defaults, pillars }: { defaults: Values; pillars: PillarOption[] }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const actionError = useActionErrorMessage();
  const [state, setState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, setError, getValues, watch, formState } = useForm<Values, unknown, z.output<typeof userAccessSchema>>({
    resolver: zodResolver(userAccessSchema),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  async function onSubmit() {
    setState(null);
    const result = await changeUserAccessAction({ ...getValues(), userId: defaults.userId });
    if (result?.validationErrors) return void applyFieldErrors(setError, result.validationErrors);
    if (!result?.data) return setState({ tone: 'error', text: actionError(result?.serverError) });
    setState({ tone: 'success', text: t('user.accessSaved') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
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
      {watch('role') === 'coordinator' ? <CoordinatorScopeFields register={register} errors={errors} scope={watch('scope')} pillars={pillars} /> : null}
      <button type="submit" disabled={formState.isSubmitting}>
        {t('user.saveAccess')}
      </button>
    </form>
  );
}
