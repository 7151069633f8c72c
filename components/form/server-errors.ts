import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** Puts a server action's field errors (flattened shape) on the form's fields. Returns whether there were any. */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  validationErrors: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | undefined,
): boolean {
  const fieldErrors = validationErrors?.fieldErrors ?? {};
  let first = true;
  let any = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const message = messages?.[0];
    if (!message) continue;
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
    any = true;
  }
  return any;
}
