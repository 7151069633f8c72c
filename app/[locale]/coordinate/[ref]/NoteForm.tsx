'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { addNoteAction } from '@/lib/triage/actions';
import { noteSchema } from '@/lib/triage/schemas';
import { useTriageSubmit } from '../useTriageSubmit';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function NoteForm({ reference }: { reference: string }) {
  const t = useTranslations('triage');
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { ref: reference, body: '' },
  });
  const { submit, failure } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => addNoteAction(getValues()))) reset({ ref: reference, body: '' });
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="note" label={t('newNote')} hint={t('noteHint')} error={formState.errors.body} required>
        {(d, invalid) => <textarea id="note" rows={3} aria-describedby={d} aria-invalid={invalid} {...register('body')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('addNote')}
      </button>
    </form>
  );
}
