/** The forms coordinators use to keep the record: initiatives and their progress updates. */
import { z } from 'zod';
import { INITIATIVE_STATES, PROGRESS_KINDS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { calendarDate, optionalText, requiredText as text, SLUG_PATTERN } from '@/lib/validation/fields';

export const initiativeSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(SLUG_PATTERN, { error: errorMessage('slug') })
    .max(100, { error: errorMessage('tooLong', 100) }),
  pillar: z
    .string()
    .min(1, { error: errorMessage('choose') })
    .max(100),
  titleEn: text(300),
  titleEs: text(300),
  descriptionEn: text(4000),
  descriptionEs: text(4000),
  state: z.enum(INITIATIVE_STATES, { error: errorMessage('choose') }),
  leads: z.array(z.string().max(60)).max(40).default([]),
  /** The version the form was opened at; absent when creating. */
  version: z.coerce.number().int().min(1).optional(),
});
export type InitiativeValues = z.input<typeof initiativeSchema>;

export const progressSchema = z.object({
  initiative: z.string().min(1).max(100),
  date: calendarDate(),
  meeting: z.string().max(100).optional().or(z.literal('')),
  kind: z.enum(PROGRESS_KINDS, { error: errorMessage('choose') }),
  textEn: text(4000),
  textEs: text(4000),
  figureValue: z
    .string()
    .trim()
    .max(30)
    .optional()
    .refine((v) => !v || /^-?\d+(\.\d+)?$/.test(v.replace(/,/g, '')), { error: errorMessage('number') }),
  figureUnitEn: optionalText(200),
  figureUnitEs: optionalText(200),
});
export type ProgressValues = z.input<typeof progressSchema>;
