'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { addNoteAction } from '@/lib/triage/actions';
import { noteSchema } from '@/lib/triage/schemas';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function NoteForm({ reference }: { reference: string }) {
  const t = useTranslations('triage');
  const { register, formState, failure, onSubmit } = useTriageForm(zodResolver(noteSchema), { ref: reference, body: '' }, addNoteAction, {
    versioned: false,
  });
  return (
    <TriageForm onSubmit={onSubmit} failure={failure} submitLabel={t('addNote')} pending={formState.isSubmitting}>
      <Field id="note" label={t('newNote')} hint={t('noteHint')} error={formState.errors.body} required>
        {(d, invalid) => <textarea id="note" rows={3} aria-describedby={d} aria-invalid={invalid} {...register('body')} />}
      </Field>
    </TriageForm>
  );
}
