/**
 * The recommendation form's schema (PRODUCT.md "Recommendation"): used by react-hook-form in the browser
 * and parsed again by the server action. The server also checks that the pillar exists.
 */
import { z } from 'zod';
import { COUNTRIES, LOCALES, SECTORS } from '@/db/vocabulary';
import { CONSENT_LEVELS, FUNDING_DECLARATIONS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';

export const LIMITS = {
  title: { min: 10, max: 200 },
  body: { min: 30, max: 8000 },
  organization: 200,
  organizationIdentifier: 40,
  topics: 300,
  topicCount: 5,
  topicLength: 40,
} as const;

const required = errorMessage('required');

/**
 * Text a person typed: trimmed, with control characters other than line breaks and tabs removed, and a
 * lone surrogate (which SQLite would store as invalid UTF-8) replaced by U+FFFD, so what is stored reads
 * back exactly.
 */
const cleanText = (value: string) =>
  value
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();

const boundedText = (min: number, max: number) =>
  z
    .string({ error: required })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: required })
        .min(min, { error: errorMessage('tooShort', min) })
        .max(max, { error: errorMessage('tooLong', max) }),
    );

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''))
    .pipe(z.string().max(max, { error: errorMessage('tooLong', max) }));

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: errorMessage('choose') });

export function splitTopics(value: string): string[] {
  const seen = new Set<string>();
  for (const topic of value.split(/[,;\n]/)) {
    const clean = cleanText(topic);
    if (clean && ![...seen].some((t) => t.toLowerCase() === clean.toLowerCase())) seen.add(clean);
  }
  return [...seen];
}

export const recommendationFields = {
  title: boundedText(LIMITS.title.min, LIMITS.title.max),
  body: boundedText(LIMITS.body.min, LIMITS.body.max),
  pillar: z.string({ error: errorMessage('choose') }).min(1, { error: errorMessage('choose') }).max(100),
  topics: optionalText(LIMITS.topics)
    .refine((value) => splitTopics(value).length <= LIMITS.topicCount, { error: errorMessage('tooManyTopics', LIMITS.topicCount) })
    .refine((value) => splitTopics(value).every((t) => t.length <= LIMITS.topicLength), {
      error: errorMessage('tooLong', LIMITS.topicLength),
    }),
  sector: choice(SECTORS),
  organization: optionalText(LIMITS.organization),
  organizationIdentifier: optionalText(LIMITS.organizationIdentifier),
  fundingDeclaration: choice(FUNDING_DECLARATIONS),
  country: choice(COUNTRIES),
  language: choice(LOCALES),
  consent: choice(CONSENT_LEVELS),
};

export const recommendationSchema = z.object({
  ...recommendationFields,
  // A field people never see: automated form fillers complete it, and the submission is refused.
  website: z.string().max(500).optional().refine((value) => !value, { error: errorMessage('honeypot') }),
});

export type RecommendationFormValues = z.input<typeof recommendationSchema>;
export type RecommendationInput = z.output<typeof recommendationSchema>;

export const editRecommendationSchema = recommendationSchema.extend({
  ref: z.string().max(40),
  version: z.coerce.number().int().min(1),
});

export const withdrawRecommendationSchema = z.object({
  ref: z.string().max(40),
  /** The version the submitter's page showed: a change made since (a coordinator's decision) is a conflict. */
  version: z.coerce.number().int().min(1),
  reason: optionalText(1000),
  hideText: z.boolean().optional(),
});
