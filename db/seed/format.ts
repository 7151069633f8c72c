/**
 * The shape of the HLED record's seed files (db/seed/record/*.json).
 * The files are reviewable data: every item names the source document it comes from,
 * and the loader refuses a file that does not match these schemas.
 */
import { z } from 'zod';
import { FIGURE_QUALIFIERS } from '../schema/record';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase-words-with-hyphens');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** Every public text exists in both languages; Spanish is written for Mexican readers, not machine-translated. */
const bilingual = z.object({ en: z.string().trim().min(1), es: z.string().trim().min(1) }).strict();

export const sourceSeed = z
  .object({
    slug,
    file: z.string().min(1), // name of the text copy in the shared sources folder
    title: bilingual,
    publisher: z.string(), // '' when the document names none
    date: isoDate,
    url: z.string().url().optional(),
    secondary: z.boolean().default(false), // a news summary rather than an official fact sheet
  })
  .strict();

export const agencySeed = z
  .object({
    slug,
    government: z.enum(['us', 'mx']),
    acronym: z.string().min(1),
    name: bilingual,
  })
  .strict();

export const pillarSeed = z
  .object({
    slug,
    number: z.number().int().min(1).max(4),
    title: bilingual,
    purpose: bilingual,
    sources: z.array(slug).min(1),
  })
  .strict();

export const meetingSeed = z
  .object({
    slug,
    date: isoDate,
    kind: z.enum(['relaunch', 'ministerial', 'mid_year_review', 'fact_sheet', 'stakeholder_consultation']),
    title: bilingual,
    place: bilingual.optional(),
    summary: bilingual,
    usLeads: z.array(z.string().min(1)).default([]), // "Name, office" as the source gives it
    mxLeads: z.array(z.string().min(1)).default([]),
    sources: z.array(slug).min(1),
    // The same leads with their offices in Spanish, line for line.
    usLeadsEs: z.array(z.string().min(1)).default([]),
    mxLeadsEs: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((m) => m.usLeadsEs.length === m.usLeads.length && m.mxLeadsEs.length === m.mxLeads.length, {
    message: 'usLeadsEs and mxLeadsEs translate usLeads and mxLeads line for line',
  });

export const initiativeSeed = z
  .object({
    slug,
    pillar: slug,
    title: bilingual,
    description: bilingual,
    state: z.enum(['planned', 'active', 'completed']),
    leads: z.array(slug).default([]), // agency slugs, both governments
    sources: z.array(slug).min(1),
  })
  .strict();

export const figureSeed = z
  .object({
    value: z.number(),
    unit: bilingual, // e.g. { en: "students enrolled", es: "estudiantes inscritos" }
    qualifier: z.enum(FIGURE_QUALIFIERS).optional(), // "more than" 160 participants: read before the number
  })
  .strict();

export const progressSeed = z
  .object({
    initiative: slug,
    date: isoDate, // when the source reports it (the document date unless it names another)
    meeting: slug, // the meeting that reported it
    kind: z.enum(['accomplishment', 'intention']),
    text: bilingual,
    figure: figureSeed.optional(),
    source: slug,
  })
  .strict();

export const recommendationSeed = z
  .object({
    ref: z.string().regex(/^HLED-\d{4}-\d{4,}$/),
    pillar: slug,
    status: z.enum(['implemented', 'in_progress']),
    title: bilingual,
    text: bilingual,
    language: z.enum(['en', 'es']), // language of the source text: the authoritative one
    initiatives: z.array(z.object({ slug, explanation: bilingual }).strict()).min(1),
    publicResponse: bilingual,
    meeting: slug, // the meeting whose document reported the status
    source: slug,
    date: isoDate,
  })
  .strict();

/**
 * One dated correction of the record (corrections.json): what changed, why, and the source line it follows.
 * `items` name each corrected item as it was before the correction and each field's value before and after;
 * a field is a path such as "text.es", "date", "figure.qualifier", "leads" or "initiatives.<slug>.explanation.en".
 */
export const correctionSeed = z
  .object({
    id: slug,
    date: isoDate, // when the record was corrected
    what: bilingual, // the public correction note
    why: z.string().min(1), // for reviewers: the reasoning, the review finding it answers
    public: z.boolean().default(true), // false for a change of presentation only, recorded but not announced
    source: z
      .object({ document: slug, line: z.string().regex(/^L\d+(?:[–-]\d+)?$/, 'L<line> or L<first>-<last>'), quote: z.string().min(1) })
      .strict()
      .optional(),
    authority: z.string().min(1).optional(), // a naming authority outside the five documents (e.g. SRE press releases)
    items: z
      .array(
        z
          .object({
            target: z.union([
              z.object({ kind: z.enum(['source', 'agency', 'pillar', 'meeting', 'initiative']), slug }).strict(),
              z.object({ kind: z.literal('recommendation'), ref: z.string().regex(/^HLED-\d{4}-\d{4,}$/) }).strict(),
              // A progress update is named by what identifies it in the seed: initiative, source, date and English text.
              z.object({ kind: z.literal('progress'), initiative: slug, source: slug, date: isoDate, textEn: z.string().min(1) }).strict(),
            ]),
            changes: z.array(z.object({ path: z.string().min(1), before: z.unknown(), after: z.unknown() }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((c) => c.source || c.authority, { message: 'a correction follows a source line or names its authority' });

export const recordSeed = z.object({
  sources: z.array(sourceSeed),
  agencies: z.array(agencySeed),
  pillars: z.array(pillarSeed).length(4),
  meetings: z.array(meetingSeed),
  initiatives: z.array(initiativeSeed),
  progress: z.array(progressSeed),
  recommendations: z.array(recommendationSeed),
});

export type RecordSeed = z.infer<typeof recordSeed>;
export type ProgressSeed = z.infer<typeof progressSeed>;
export type RecommendationSeed = z.infer<typeof recommendationSeed>;
export type CorrectionSeed = z.infer<typeof correctionSeed>;
export type CorrectionItem = CorrectionSeed['items'][number];
