'use client';

import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import type { ActionResult } from '@/components/form/useFormAction';
import { useTriageSubmit } from '../useTriageSubmit';

/**
 * A coordinator's form on a recommendation's page: react-hook-form with the action's schema, the action
 * called with the page's current version (`versioned`, for actions that change the item), and the form
 * empty again after a save (unless `keepValues`), so nothing written for one decision can be sent again
 * with the next.
 */
export function useTriageForm<V extends FieldValues>(
  resolver: Resolver<V>,
  empty: V,
  action: (values: V) => Promise<ActionResult<unknown>>,
  { versioned = true, keepValues = false }: { versioned?: boolean; keepValues?: boolean } = {},
) {
  const form = useForm<V>({ resolver, defaultValues: empty as DefaultValues<V> });
  const { submit, failure, done, version } = useTriageSubmit(form.setError);
  const onSubmit = form.handleSubmit(async () => {
    const values = versioned ? { ...form.getValues(), version: version() } : form.getValues();
    if ((await submit(() => action(values))) && !keepValues) form.reset(empty);
  });
  return { ...form, onSubmit, failure, done };
}
