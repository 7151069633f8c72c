/** The coordinator forms' schemas, shared by the browser and the triage actions. */
import { z } from 'zod';
import { NOT_ADOPTED_REASONS, POSITIONS, RECOMMENDATION_STATUSES } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { optionalText, reference, requiredText, slugReference, version as versionField } from '@/lib/validation/fields';

const ref = reference();
const version = versionField();
/** A public response, explanation or note, in one language: may be left empty (the other language may carry it). */
const response = optionalText(4000);
const slug = slugReference();

export const statusChangeSchema = z.object({
  ref,
  version,
  to: z.enum(RECOMMENDATION_STATUSES, { error: errorMessage('choose') }),
  responseEn: response,
  responseEs: response,
  reason: z
    .enum(NOT_ADOPTED_REASONS)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  coveredByInitiative: slug.optional().or(z.literal('').transform(() => undefined)),
  meeting: slug.optional().or(z.literal('').transform(() => undefined)),
});
export type StatusChangeValues = z.input<typeof statusChangeSchema>;

export const confirmSchema = z.object({ ref, version });

export const linkSchema = z.object({
  ref,
  version,
  initiative: slug,
  explanationEn: response,
  explanationEs: response,
});

export const unlinkSchema = z.object({ ref, version, initiative: slug });

export const mergeSchema = z.object({
  ref,
  version,
  into: z.string().trim().toUpperCase().pipe(ref),
  responseEn: response,
  responseEs: response,
});

export const hideSchema = z.object({
  ref,
  version,
  reason: requiredText(2000),
});

export const noteSchema = z.object({
  ref,
  body: requiredText(4000),
});

export const positionSchema = z.object({
  ref,
  position: z.enum(POSITIONS, { error: errorMessage('choose') }),
  noteEn: response,
  noteEs: response,
});

/** Each selected recommendation with the version the caller read it at: a change made since is a conflict. */
export const bulkSchema = z.object({
  items: z.array(z.object({ ref, version })).min(1).max(100),
  assigneeId: z.coerce.number().int().min(1).nullable().optional(),
});

/** The public summary of a recommendation whose submitter chose "publish a summary only": at least one language. */
export const summarySchema = z
  .object({ ref, version, summaryEn: response, summaryEs: response })
  .refine((v) => Boolean(v.summaryEn?.trim() || v.summaryEs?.trim()), { error: errorMessage('required'), path: ['summaryEn'] });
