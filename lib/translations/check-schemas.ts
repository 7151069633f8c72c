/** What a coordinator names to check the translation of a text written in both languages: one schema for the form and the server. */
import { z } from 'zod';
import { LOCALES } from '@/db/vocabulary';
import { reference, slugReference } from '@/lib/validation/fields';

const originalLocale = z.enum(LOCALES);
const id = z.coerce.number().int().positive();

export const checkPairedSchema = z.discriminatedUnion('text', [
  z.object({ text: z.literal('response'), ref: reference(), event: id, originalLocale }),
  z.object({ text: z.literal('explanation'), ref: reference(), initiative: slugReference(), originalLocale }),
  z.object({ text: z.literal('public_summary'), ref: reference(), originalLocale }),
  z.object({ text: z.literal('initiative_description'), initiative: slugReference(), originalLocale }),
  z.object({ text: z.literal('progress_update'), initiative: slugReference(), progress: id, originalLocale }),
]);

export type CheckPairedInput = z.output<typeof checkPairedSchema>;
