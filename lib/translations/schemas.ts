/** The translation workspace's inputs: one schema serves the form and the server action. */
import { z } from 'zod';
import { LOCALES } from '@/db/vocabulary';
import { LIMITS } from '@/lib/recommendations/schema';
import { reference, requiredText, version } from '@/lib/validation/fields';

const target = { ref: reference(), version: version(), locale: z.enum(LOCALES) };

export const saveTranslationSchema = z.object({
  ...target,
  title: requiredText(LIMITS.title.max),
  body: requiredText(LIMITS.body.max),
  /** Saved and vouched for at once by the person saving it. */
  check: z.boolean(),
});

export const translationTargetSchema = z.object(target);

export type SaveTranslationInput = z.output<typeof saveTranslationSchema>;
export type TranslationTarget = z.output<typeof translationTargetSchema>;
