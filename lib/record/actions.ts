'use server';
/** Coordinators' actions on the record of their pillars: initiatives and progress updates. */
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { triageActionClient } from '@/lib/actions/client';
import { initiativeSchema, progressSchema } from './initiative-schemas';
import { recordProgressUpdate, saveInitiative } from './manage-initiatives';

/** An edit names the version it started from (a change made since is a conflict); a new initiative has none. */
const saveInitiativeSchema = initiativeSchema
  .extend({ existingSlug: z.string().max(100).nullable() })
  .refine((input) => input.existingSlug === null || input.version !== undefined, { path: ['version'], error: 'required' });

export const saveInitiativeAction = triageActionClient.inputSchema(saveInitiativeSchema).action(async ({ parsedInput: { existingSlug, ...input }, ctx }) => {
  const saved = saveInitiative(ctx.user, input, existingSlug);
  revalidatePath('/[locale]', 'layout');
  return saved;
});

export const recordProgressAction = triageActionClient.inputSchema(progressSchema).action(async ({ parsedInput, ctx }) => {
  const id = recordProgressUpdate(ctx.user, parsedInput);
  revalidatePath('/[locale]', 'layout');
  return { id };
});
