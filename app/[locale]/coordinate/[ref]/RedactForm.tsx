'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { FieldError } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { REDACTION_FIELDS, REDACTION_REASONS } from '@/db/vocabulary';
import { redactPassageAction } from '@/lib/redaction/actions';
import { redactSchema, type RedactValues } from '@/lib/redaction/schemas';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

type Props = { reference: string; attachments: { id: number; name: string }[] };

/**
 * Withholding a passage: the coordinator selects it in the text above (or types it exactly), picks the
 * text it is in and a reason. "Use the selected text" copies the page's selection into the field.
 */
export function RedactForm({ reference, attachments }: Props) {
  const t = useTranslations('papers.redaction');
  const empty: RedactValues = { ref: reference, field: 'body', passage: '', reason: 'third_party_personal_data', reasonText: '' };
  const { register, formState, failure, done, onSubmit, setValue, watch } = useTriageForm(
    zodResolver(redactSchema),
    empty,
    redactPassageAction,
    {
      versioned: false,
    },
  );
  const fields = REDACTION_FIELDS.filter((f) => f !== 'attachment_name' || attachments.length > 0);
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('saved')}
      submitLabel={t('submit')}
      pending={formState.isSubmitting}
      danger
    >
      <Field id="redactField" label={t('field')} error={formState.errors.field}>
        {(d, invalid) => (
          <select id="redactField" aria-describedby={d} aria-invalid={invalid} {...register('field')}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {t(`fields.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {watch('field') === 'attachment_name' ? (
        <Field id="redactAttachment" label={t('attachment')} error={formState.errors.attachmentId as FieldError | undefined}>
          {(d, invalid) => (
            <select id="redactAttachment" aria-describedby={d} aria-invalid={invalid} {...register('attachmentId')}>
              {attachments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id="redactPassage" label={t('passage')} hint={t('passageHint')} error={formState.errors.passage} required>
        {(d, invalid) => <textarea id="redactPassage" rows={2} aria-describedby={d} aria-invalid={invalid} {...register('passage')} />}
      </Field>
      <button
        type="button"
        className="button--secondary"
        onClick={() => setValue('passage', window.getSelection()?.toString() ?? '', { shouldValidate: true })}
      >
        {t('useSelection')}
      </button>
      <Field id="redactReason" label={t('reason')} error={formState.errors.reason}>
        {(d, invalid) => (
          <select id="redactReason" aria-describedby={d} aria-invalid={invalid} {...register('reason')}>
            {REDACTION_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reasons.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {watch('reason') === 'other' ? (
        <Field id="redactReasonText" label={t('reasonText')} error={formState.errors.reasonText} required>
          {(d, invalid) => <input id="redactReasonText" aria-describedby={d} aria-invalid={invalid} {...register('reasonText')} />}
        </Field>
      ) : null}
    </TriageForm>
  );
}
