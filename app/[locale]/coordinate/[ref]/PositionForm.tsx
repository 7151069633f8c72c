'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { POSITIONS } from '@/db/vocabulary';
import { recordPositionAction } from '@/lib/triage/actions';
import { positionSchema } from '@/lib/triage/schemas';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function PositionForm({ reference, government }: { reference: string; government: string }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, position: '' as z.input<typeof positionSchema>['position'], noteEn: '', noteEs: '' };
  const { register, formState, failure, done, onSubmit } = useTriageForm(zodResolver(positionSchema), empty, recordPositionAction, {
    versioned: false,
  });
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('positionSaved')}
      submitLabel={t('savePosition')}
      pending={formState.isSubmitting}
    >
      <Field id="position" label={t('positionOf', { government })} error={formState.errors.position} required>
        {(d, invalid) => (
          <select id="position" aria-describedby={d} aria-invalid={invalid} {...register('position')}>
            <option value="">{t('choosePosition')}</option>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {t(`positions.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="positionNoteEn" label={t('noteEn')} error={formState.errors.noteEn}>
        {(d, invalid) => (
          <textarea id="positionNoteEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('noteEn')} />
        )}
      </Field>
      <Field id="positionNoteEs" label={t('noteEs')} error={formState.errors.noteEs}>
        {(d, invalid) => (
          <textarea id="positionNoteEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('noteEs')} />
        )}
      </Field>
    </TriageForm>
  );
}
