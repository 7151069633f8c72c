/**
 * The recommendation form's schema (docs/product.md, "Recommendation"): used by react-hook-form in the browser
 * and parsed again by the server action. The server also checks that the pillar exists.
 */
import { z } from 'zod';
import { CONSENT_LEVELS, COUNTRIES, FUNDING_DECLARATIONS, LOCALES, SECTORS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';
import { cleanText, optionalText, reference, requiredText, version } from '@/lib/validation/fields';

export const LIMITS = {
  title: { min: 10, max: 200 },
  body: { min: 30, max: 8000 },
  organization: 200,
  organizationIdentifier: 40,
  topics: 300,
  topicCount: 5,
  topicLength: 40,
} as const;

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
  title: requiredText(LIMITS.title.max, LIMITS.title.min),
  body: requiredText(LIMITS.body.max, LIMITS.body.min),
  pillar: z
    .string({ error: errorMessage('choose') })
    .min(1, { error: errorMessage('choose') })
    .max(100),
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
  // The call for input this answers (its slug) and the question (its id); empty outside any call.
  call: z.string().max(100).optional(),
  question: z.string().max(12).optional(),
};

export const recommendationSchema = z.object({
  ...recommendationFields,
  // A field people never see: automated form fillers complete it, and the submission is refused.
  website: z
    .string()
    .max(500)
    .optional()
    .refine((value) => !value, { error: errorMessage('honeypot') }),
});

export type RecommendationFormValues = z.input<typeof recommendationSchema>;
export type RecommendationInput = z.output<typeof recommendationSchema>;

export const editRecommendationSchema = recommendationSchema.extend({
  ref: reference(),
  version: version(),
});

export const withdrawRecommendationSchema = z.object({
  ref: reference(),
  /** The version the submitter's page showed: a change made since (a coordinator's decision) is a conflict. */
  version: version(),
  reason: optionalText(1000),
  hideText: z.boolean().optional(),
});
