'use server';
/** Coordinators' actions on the record of their pillars: initiatives and progress updates. */
import { z } from 'zod';
import { triageActionClient } from '@/lib/actions/client';
import { changing, initiativePages } from '@/lib/page-store/refresh';
import { initiativeSchema, progressSchema } from './initiative-schemas';
import { recordProgressUpdate, saveInitiative } from './manage-initiatives';

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
  return { id };
});
