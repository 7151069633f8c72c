'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors } from '@/components/form/server-errors';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { useVersionStore } from './[ref]/version';

type ActionResult<D> = {
  data?: D;
  serverError?: string;
  validationErrors?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] };
} | undefined;

/**
 * Runs a triage action from a form: field errors go on the fields, a refusal (conflict, out of scope,
 * a move the workflow forbids) becomes a sentence, and on success the page's server data is refreshed
 * and the action's data returned (null on failure). On any error the form keeps what was typed.
 */
export function useTriageSubmit<T extends FieldValues>(setError?: UseFormSetError<T>) {
  const router = useRouter();
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const versions = useVersionStore();

  async function submit<D>(run: () => Promise<ActionResult<D>>): Promise<D | null> {
    setFailure(null);
    setDone(false);
    const result = await run();
    if (result?.validationErrors) {
      if (setError) applyFieldErrors(setError, result.validationErrors);
      setFailure(actionError('invalidInput'));
      return null;
    }
    if (!result?.data) {
      setFailure(actionError(result?.serverError));
      return null;
    }
    const version = (result.data as { version?: unknown }).version;
    if (typeof version === 'number') versions?.set(version);
    setDone(true);
    router.refresh();
    return result.data;
  }

  /** The version to send with the next action on this page's recommendation. */
  const version = () => versions?.get() ?? 0;
  return { submit, failure, done, version };
}

