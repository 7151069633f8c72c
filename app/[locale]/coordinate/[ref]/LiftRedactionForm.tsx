'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { liftRedactionAction } from '@/lib/redaction/actions';
import { liftRedactionSchema } from '@/lib/redaction/schemas';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

export function LiftRedactionForm({ reference, redactionId }: { reference: string; redactionId: number }) {
  const t = useTranslations('papers.redaction');
  const empty = { ref: reference, redactionId, reason: '' };
  const { register, formState, failure, done, onSubmit } = useTriageForm(zodResolver(liftRedactionSchema), empty, liftRedactionAction, {
    versioned: false,
  });
  const id = `lift-${redactionId}`;
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('lifted')}
      submitLabel={t('lift')}
      pending={formState.isSubmitting}
    >
      <Field id={id} label={t('liftReason')} error={formState.errors.reason} required>
        {(d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
    </TriageForm>
  );
}
