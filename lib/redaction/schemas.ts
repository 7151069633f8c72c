/** The redaction forms' schemas, shared by the coordinator's browser and the actions. */
import { z } from 'zod';
import { REDACTION_FIELDS, REDACTION_REASONS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { optionalText, reference, requiredText } from '@/lib/validation/fields';

export const redactSchema = z
  .object({
    ref: reference(),
    field: z.enum(REDACTION_FIELDS, { error: errorMessage('choose') }),
    attachmentId: z.coerce.number().int().positive().optional(),
    passage: requiredText(500),
    reason: z.enum(REDACTION_REASONS, { error: errorMessage('choose') }),
    reasonText: optionalText(200),
  })
  .refine((v) => v.reason !== 'other' || v.reasonText.length > 0, { path: ['reasonText'], message: 'required' })
  .refine((v) => v.field !== 'attachment_name' || v.attachmentId !== undefined, { path: ['attachmentId'], message: 'choose' });
export type RedactValues = z.input<typeof redactSchema>;

export const liftRedactionSchema = z.object({
  ref: reference(),
  redactionId: z.coerce.number().int().positive(),
  reason: requiredText(500),
});
