'use server';
/** Coordinators' actions on the record of their pillars: initiatives and progress updates. */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { triageActionClient } from '@/lib/actions/client';
import { initiativeSchema, progressSchema } from './initiative-schemas';
import { recordProgressUpdate, saveInitiative } from './manage-initiatives';

export const saveInitiativeAction = triageActionClient
  .inputSchema(initiativeSchema.extend({ existingSlug: z.string().max(100).nullable() }))
  .action(async ({ parsedInput: { existingSlug, ...input }, ctx }) => {
    const slug = saveInitiative(ctx.user, input, existingSlug);
    revalidatePath('/[locale]', 'layout');
    return { slug };
  });

export const recordProgressAction = triageActionClient.inputSchema(progressSchema).action(async ({ parsedInput, ctx }) => {
  const id = recordProgressUpdate(ctx.user, parsedInput);
  revalidatePath('/[locale]', 'layout');
  return { id };
});
