'use server';
/** Coordinators' actions on the record of their pillars: initiatives and progress updates. */
import { z } from 'zod';
import { triageActionClient } from '@/lib/actions/client';
import { changing, initiativePages } from '@/lib/page-store/refresh';
import { sendProgressNews } from '@/lib/notifications/progress-news';
import { initiativeSchema, milestoneSchema, progressSchema } from './initiative-schemas';
import { recordMilestone, recordProgressUpdate, saveInitiative } from './manage-initiatives';

/** An edit names the version it started from (a change made since is a conflict); a new initiative has none. */
const saveInitiativeSchema = initiativeSchema
  .extend({ existingSlug: z.string().max(100).nullable() })
  .refine((input) => input.existingSlug === null || input.version !== undefined, { path: ['version'], error: 'required' });

export const saveInitiativeAction = triageActionClient
  .inputSchema(saveInitiativeSchema)
  .action(async ({ parsedInput: { existingSlug, ...input }, ctx }) => {
    // The initiative's pages in its pillar before and after the change, and what links to it.
    return changing(initiativePages(existingSlug ?? input.slug), () => saveInitiative(ctx.user, input, existingSlug));
  });

export const recordProgressAction = triageActionClient.inputSchema(progressSchema).action(async ({ parsedInput, ctx }) => {
  const id = await changing(initiativePages(parsedInput.initiative), () => recordProgressUpdate(ctx.user, parsedInput));
  // The submitters of recommendations the initiative took up hear of it (at most one e-mail a day each).
  await sendProgressNews();
  return { id };
});

export const recordMilestoneAction = triageActionClient.inputSchema(milestoneSchema).action(async ({ parsedInput, ctx }) => {
  const id = await changing(initiativePages(parsedInput.initiative), () => recordMilestone(ctx.user, parsedInput));
  await sendProgressNews();
  return { id };
});
