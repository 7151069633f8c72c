/** The forms coordinators use to keep the record: initiatives and their progress updates. */
import { z } from 'zod';
import { INITIATIVE_STATES, PROGRESS_KINDS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';

const text = (max: number) =>
  z
    .string({ error: errorMessage('required') })
    .trim()
    .min(1, { error: errorMessage('required') })
    .max(max, { error: errorMessage('tooLong', max) });

export const initiativeSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: errorMessage('slug') })
    .max(100, { error: errorMessage('tooLong', 100) }),
  pillar: z.string().min(1, { error: errorMessage('choose') }).max(100),
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
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorMessage('date') }).refine((v) => !Number.isNaN(Date.parse(v)), { error: errorMessage('date') }),
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
  figureUnitEn: z.string().trim().max(200).optional(),
  figureUnitEs: z.string().trim().max(200).optional(),
});
export type ProgressValues = z.input<typeof progressSchema>;
