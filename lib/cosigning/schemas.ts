/** The co-signing forms' schemas, shared by the browser and the actions. */
import { z } from 'zod';
import { COUNTRIES, SECTORS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { reference, requiredText } from '@/lib/validation/fields';

export const inviteCosignerSchema = z.object({
  ref: reference(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: errorMessage('email') }).max(254)),
});

export const signSchema = z.object({
  cosignerId: z.coerce.number().int().positive(),
  organization: requiredText(200),
  sector: z.enum(SECTORS, { error: errorMessage('choose') }),
  country: z.enum(COUNTRIES, { error: errorMessage('choose') }),
  publicConsent: z.boolean(),
});
export type SignValues = z.input<typeof signSchema>;

export const withdrawSignatureSchema = z.object({ cosignerId: z.coerce.number().int().positive() });
