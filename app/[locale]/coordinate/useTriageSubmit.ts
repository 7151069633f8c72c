'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { type ActionResult, useFormAction } from '@/components/form/useFormAction';
import { useVersionStore } from './[ref]/version';

/**
 * Runs a triage action from a form: field errors go on the fields, a refusal (conflict, out of scope,
 * a move the workflow forbids) becomes a sentence, and on success the page's server data is refreshed
 * and the action's data returned (null on failure). On any error the form keeps what was typed.
 */
export function useTriageSubmit<T extends FieldValues>(setError?: UseFormSetError<T>) {
  const router = useRouter();
  const { run, failure } = useFormAction(setError, { sayInvalidInput: true });
  const [done, setDone] = useState(false);
  const versions = useVersionStore();

  async function submit<D>(call: () => Promise<ActionResult<D>>): Promise<D | null> {
    setDone(false);
    const data = await run(call);
    if (data === null) return null;
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number') versions?.set(version);
    setDone(true);
    router.refresh();
    return data;
  }

  /** The version to send with the next action on this page's recommendation. */
  const version = () => versions?.get() ?? 0;
  return { submit, failure, done, version };
}
