/** The forms coordinators use to keep the record: initiatives and their progress updates. */
import { z } from 'zod';
import { INITIATIVE_STATES, PROGRESS_KINDS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { calendarDate, isCalendarDate, optionalText, requiredText as text, SLUG_PATTERN } from '@/lib/validation/fields';

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

/** An address a source can be read at: http(s) only, so a stored link can never run script. */
const sourceUrl = () => optionalText(500).refine((v) => !v || /^https?:\/\/[^\s]+$/i.test(v), { error: errorMessage('url') });
const optionalDate = () =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isCalendarDate(v), { error: errorMessage('date') });

const progressFields = z.object({
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
  // The source: a document (title, its date, its address) or the meeting above that reported it.
  sourceTitle: optionalText(300),
  sourceDate: optionalDate(),
  sourceUrl: sourceUrl(),
  // A correction names the entry it corrects (its number) and says why, in both languages.
  corrects: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{1,9}$/.test(v), { error: errorMessage('number') }),
  correctionReasonEn: optionalText(1000),
  correctionReasonEs: optionalText(1000),
});

/** Every fact cites its source: a meeting that reported it, or a document with its title. */
export const progressSchema = progressFields
  .refine((v) => Boolean(v.meeting) || Boolean(v.sourceTitle), { path: ['sourceTitle'], error: errorMessage('sourceRequired') })
  .refine((v) => !v.corrects || Boolean(v.correctionReasonEn), { path: ['correctionReasonEn'], error: errorMessage('reasonRequired') })
  .refine((v) => !v.corrects || Boolean(v.correctionReasonEs), { path: ['correctionReasonEs'], error: errorMessage('reasonRequired') });
export type ProgressValues = z.input<typeof progressSchema>;

/** A milestone of an initiative: its title in both languages, the date it is due and the date it was done. */
export const milestoneSchema = z
  .object({
    initiative: z.string().min(1).max(100),
    /** The milestone's number when changing one; absent for a new one. */
    id: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^\d{1,9}$/.test(v), { error: errorMessage('number') }),
    titleEn: text(300),
    titleEs: text(300),
    targetDate: optionalDate(),
    doneDate: optionalDate(),
  })
  .refine((v) => !v.doneDate || v.doneDate <= new Date().toISOString().slice(0, 10), {
    path: ['doneDate'],
    error: errorMessage('future'),
  });
export type MilestoneValues = z.input<typeof milestoneSchema>;
