'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { hideAttachmentAction } from '@/lib/attachments/actions';
import { hideAttachmentSchema } from '@/lib/attachments/schemas';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

export function HideAttachmentForm({ reference, attachmentId, name }: { reference: string; attachmentId: number; name: string }) {
  const t = useTranslations('papers.attachments');
  const empty = { ref: reference, attachmentId, reason: '' };
  const { register, formState, failure, done, onSubmit } = useTriageForm(zodResolver(hideAttachmentSchema), empty, hideAttachmentAction, {
    versioned: false,
  });
  const id = `hide-attachment-${attachmentId}`;
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('hiddenSaved')}
      submitLabel={t('hide', { name })}
      pending={formState.isSubmitting}
      danger
    >
      <Field id={id} label={t('hideReason', { name })} error={formState.errors.reason} required>
        {(d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
    </TriageForm>
  );
}
