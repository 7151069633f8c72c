/**
 * The administrator's forms' schemas, shared by the browser (react-hook-form) and the server actions.
 * Messages are keys of the `validation` messages, as in lib/accounts/schemas.ts. The server adds what
 * only the database knows: an e-mail address already in use, a slug already taken, a pillar that exists.
 */
import { z } from 'zod';
import { GOVERNMENTS, MEETING_KINDS, ROLES } from '@/db/vocabulary';
import { accountDetailsSchema, emailField } from '@/lib/accounts/schemas';
import { errorMessage } from '@/lib/form-errors';
import { calendarDate, newSlug, nullableText, requiredText, splitLines } from '@/lib/validation/fields';

export const MEETING_LIMITS = { slug: 80, title: 200, place: 200, summary: 4000, leads: 2000, leadCount: 20, leadLength: 200 } as const;

// Static admin routes sit beside /admin/meetings/[slug]: a meeting with one of these slugs could not be edited.
const RESERVED_MEETING_SLUGS = ['new'];

const choose = errorMessage('choose');
const userIdField = z.number().int().positive();

/** Delegation leads are typed one per line; blank lines are dropped. */
export { splitLines };

const leadsField = z
  .string()
  .max(MEETING_LIMITS.leads, { error: errorMessage('tooLong', MEETING_LIMITS.leads) })
  .optional()
  .transform((value) => splitLines(value ?? ''))
  .refine((lines) => lines.length <= MEETING_LIMITS.leadCount, { error: errorMessage('tooManyLines', MEETING_LIMITS.leadCount) })
  .refine((lines) => lines.every((line) => line.length <= MEETING_LIMITS.leadLength), {
    error: errorMessage('tooLong', MEETING_LIMITS.leadLength),
  });

/**
 * Which pillars a coordinator acts on: all of them, or the ones chosen (by slug). A coordinator limited
 * to no pillar at all could do nothing, so "some" needs at least one.
 */
const scopeFields = {
  scope: z.enum(['all', 'some'], { error: choose }),
  pillars: z
    .array(z.string().max(100))
    .max(10)
    .optional()
    .transform((slugs) => [...new Set(slugs ?? [])]),
};

function requirePillarsWhenScoped(value: { scope: 'all' | 'some'; pillars: string[] }, ctx: z.RefinementCtx) {
  if (value.scope === 'some' && value.pillars.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['pillars'], message: errorMessage('choosePillars') });
  }
}

export const inviteCoordinatorSchema = z
  .object({
    name: accountDetailsSchema.shape.name,
    email: emailField,
    government: z.enum(GOVERNMENTS, { error: choose }),
    ...scopeFields,
    preferredLocale: accountDetailsSchema.shape.preferredLocale,
  })
  .superRefine(requirePillarsWhenScoped);
export type InviteCoordinatorInput = z.output<typeof inviteCoordinatorSchema>;

/** A user's role, government and pillar scope. Government and scope matter only for a coordinator. */
export const userAccessSchema = z
  .object({
    userId: userIdField,
    role: z.enum(ROLES, { error: choose }),
    government: z
      .union([z.enum(GOVERNMENTS), z.literal('')], { error: choose })
      .optional()
      .transform((value) => value || null),
    ...scopeFields,
  })
  .superRefine((value, ctx) => {
    if (value.role !== 'coordinator') return;
    // docs/product.md, "Roles": the dialogue is bilateral; a coordinator speaks for exactly one government.
    if (!value.government) ctx.addIssue({ code: 'custom', path: ['government'], message: choose });
    requirePillarsWhenScoped(value, ctx);
  });
export type UserAccessInput = z.output<typeof userAccessSchema>;

export const userRefSchema = z.object({ userId: userIdField });

const meetingFields = z.object({
  slug: newSlug(MEETING_LIMITS.slug, 'slugFormat').refine((slug) => !RESERVED_MEETING_SLUGS.includes(slug), {
    error: errorMessage('slugReserved'),
  }),
  date: calendarDate(),
  kind: z.enum(MEETING_KINDS, { error: choose }),
  titleEn: requiredText(MEETING_LIMITS.title),
  titleEs: requiredText(MEETING_LIMITS.title),
  placeEn: nullableText(MEETING_LIMITS.place),
  placeEs: nullableText(MEETING_LIMITS.place),
  summaryEn: requiredText(MEETING_LIMITS.summary),
  summaryEs: requiredText(MEETING_LIMITS.summary),
  usLeads: leadsField,
  mxLeads: leadsField,
  // The same leads with their titles in Spanish, line for line; empty until translated.
  usLeadsEs: leadsField,
  mxLeadsEs: leadsField,
});

function leadsLineForLine(value: { usLeads: string[]; mxLeads: string[]; usLeadsEs: string[]; mxLeadsEs: string[] }, ctx: z.RefinementCtx) {
  for (const government of ['us', 'mx'] as const) {
    const spanish = value[`${government}LeadsEs`];
    if (spanish.length > 0 && spanish.length !== value[`${government}Leads`].length) {
      ctx.addIssue({ code: 'custom', path: [`${government}LeadsEs`], message: errorMessage('leadsLineForLine') });
    }
  }
}

export const meetingSchema = meetingFields.superRefine(leadsLineForLine);
export type MeetingInput = z.output<typeof meetingSchema>;

export const editMeetingSchema = meetingFields.extend({ meetingId: z.number().int().positive() }).superRefine(leadsLineForLine);

export const siteSettingsSchema = z.object({ bilateralConfirmation: z.boolean(), responsesInBothLanguages: z.boolean() });
export type SiteSettings = z.output<typeof siteSettingsSchema>;
