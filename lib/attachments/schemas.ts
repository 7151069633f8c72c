/** Coordinators hide one attachment with an internal reason. */
import { z } from 'zod';
import { reference, requiredText } from '@/lib/validation/fields';

export const hideAttachmentSchema = z.object({
  ref: reference(),
  attachmentId: z.coerce.number().int().positive(),
  reason: requiredText(500),
});
export const removeAttachmentSchema = z.object({ ref: reference(), attachmentId: z.coerce.number().int().positive() });
