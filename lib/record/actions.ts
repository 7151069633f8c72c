'use server';
/** Coordinators' actions on the record of their pillars: initiatives and progress updates. */
import { z } from 'zod';
import { triageActionClient } from '@/lib/actions/client';
import { changing, initiativePages } from '@/lib/page-store/refresh';
import { initiativeSchema, progressSchema } from './initiative-schemas';
import { recordProgressUpdate, saveInitiative } from './manage-initiatives';

export const saveInitiativeAction = triageActionClient
  .inputSchema(initiativeSchema.extend({ existingSlug: z.string().max(100).nullable() }))
  .action(async ({ parsedInput: { existingSlug, ...input }, ctx }) => {
    // The initiative's pages in its pillar before and after the change, and what links to it.
    const slug = await changing(initiativePages(existingSlug ?? input.slug), () => saveInitiative(ctx.user, input, existingSlug));
    return { slug };
  });

export const recordProgressAction = triageActionClient.inputSchema(progressSchema).action(async ({ parsedInput, ctx }) => {
  const id = await changing(initiativePages(parsedInput.initiative), () => recordProgressUpdate(ctx.user, parsedInput));
  return { id };
});
