/**
 * The calls' forms, one schema each for the browser and the server. A closing moment is typed as Mexico
 * City wall-clock time ("2026-12-20T18:00", a datetime-local field) and stored as a UTC instant.
 */
import { z } from 'zod';
import { errorMessage } from '@/lib/form-errors';
import { ANSWER_CHANNELS } from '@/db/vocabulary';
import { recommendationFields } from '@/lib/recommendations/schema';
import { calendarDate, newSlug, optionalText, requiredText, slugReference } from '@/lib/validation/fields';
import { zonedTimeToUtc } from './zones';

export const CALL_LIMITS = { title: 200, intro: 4000, question: 1000, questions: 20, note: 2000 } as const;

const question = z.object({
  pillar: slugReference(errorMessage('choose')),
  textEn: requiredText(CALL_LIMITS.question, 5),
  textEs: requiredText(CALL_LIMITS.question, 5),
});

export const callSchema = z.object({
  slug: newSlug(100, 'slugFormat'),
  meeting: slugReference(errorMessage('choose')),
  titleEn: requiredText(CALL_LIMITS.title, 5),
  titleEs: requiredText(CALL_LIMITS.title, 5),
  introEn: requiredText(CALL_LIMITS.intro, 20),
  introEs: requiredText(CALL_LIMITS.intro, 20),
  pillars: z
    .array(slugReference())
    .min(1, { error: errorMessage('choose') })
    .max(10),
  questions: z.array(question).max(CALL_LIMITS.questions, { error: errorMessage('invalid') }),
  closesAt: z
    .string({ error: errorMessage('required') })
    .refine((value) => zonedTimeToUtc(value) !== null, { error: errorMessage('invalid') }),
});
export type CallFormValues = z.input<typeof callSchema>;
export type CallInput = z.output<typeof callSchema>;

/** One step of a call's life (lib/calls/manage-calls.ts). */
export const moveCallSchema = z.object({ call: slugReference(), move: z.enum(['open', 'close', 'report']) });

/** Reaffirming one's own recommendation into an open call, with an optional update note. */
export const reaffirmSchema = z.object({
  ref: z.string().regex(/^HLED-\d{4}-\d{4,}$/),
  call: slugReference(errorMessage('choose')),
  note: optionalText(CALL_LIMITS.note),
});
export type ReaffirmInput = z.output<typeof reaffirmSchema>;

export const subscriptionsSchema = z.object({ pillars: z.array(slugReference()).max(10) });
export const unsubscribeSchema = z.object({ token: z.string().min(10).max(300) });

/** Input a coordinator received for a call in a meeting or by letter, recorded on the organization's behalf. */
export const recordAnswerSchema = z.object({
  call: slugReference(errorMessage('choose')),
  title: recommendationFields.title,
  body: recommendationFields.body,
  language: recommendationFields.language,
  pillar: recommendationFields.pillar,
  question: recommendationFields.question,
  organization: requiredText(200),
  sector: recommendationFields.sector,
  country: recommendationFields.country,
  consent: recommendationFields.consent,
  channel: z.enum(ANSWER_CHANNELS.filter((c) => c !== 'form') as ['meeting', 'letter'], { error: errorMessage('choose') }),
  receivedOn: calendarDate(),
});
export type RecordAnswerFormValues = z.input<typeof recordAnswerSchema>;
export type RecordAnswerInput = z.output<typeof recordAnswerSchema>;
