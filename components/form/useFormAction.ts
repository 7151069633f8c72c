'use client';

import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors } from './server-errors';
import { useActionErrorMessage } from './useActionErrorMessage';

/** What a next-safe-action action answers. */
export type ActionResult<D> =
  | {
      data?: D;
      serverError?: string;
      validationErrors?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] };
    }
  | undefined;

/**
 * Calls a server action from a form or a button, the one way every client component does: the server's
 * field errors go on the form's fields (when the form passes its `setError`), a refusal becomes a
 * sentence in the visitor's language (`failure`), and the action's data is returned on success, null
 * otherwise. The form keeps what was typed either way.
 *
 * Built on a plain `await` rather than next-safe-action's `useAction`: the forms take their pending state
 * from react-hook-form (`formState.isSubmitting`), and a transition would only delay the state they set.
 */
export function useFormAction<T extends FieldValues = FieldValues>(
  setError?: UseFormSetError<T>,
  options: { sayInvalidInput?: boolean } = {},
) {
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);

  async function run<D>(call: () => Promise<ActionResult<D>>): Promise<D | null> {
    setFailure(null);
    const result = await call();
    if (result?.validationErrors) {
      const onFields = setError ? applyFieldErrors(setError, result.validationErrors) : false;
      if (!onFields || options.sayInvalidInput) setFailure(actionError('invalidInput'));
      return null;
    }
    if (!result?.data) {
      setFailure(actionError(result?.serverError));
      return null;
    }
    return result.data;
  }

  return { run, failure, setFailure };
}
