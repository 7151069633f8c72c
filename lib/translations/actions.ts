'use server';
/**
 * The translation workspace's server actions, on triageActionClient (signed in, coordinator or
 * administrator); the use cases check pillar scope and version. Each changes what the public reads, so
 * it runs through `changing`, which replaces the item's stored public pages.
 */
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { triageActionClient } from '@/lib/actions/client';
import { changing, initiativePages, recommendationPages } from '@/lib/page-store/refresh';
import { currentVersion } from '@/lib/triage/guard';
import { checkPairedTranslation } from './check-paired';
import { checkPairedSchema, type CheckPairedInput } from './check-schemas';
import { machineTranslation } from './machine';
import { saveTranslationSchema, translationTargetSchema } from './schemas';
import { checkTranslation, requestMachineDraft, saveTranslation } from './store';

function refresh(ref: string) {
  revalidatePath('/[locale]/coordinate', 'layout');
  return currentVersion(getDb(), ref);
}

export const saveTranslationAction = triageActionClient.inputSchema(saveTranslationSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => saveTranslation(ctx.user, parsedInput));
  return { saved: true, version: refresh(parsedInput.ref) };
});

export const checkTranslationAction = triageActionClient.inputSchema(translationTargetSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => checkTranslation(ctx.user, parsedInput));
  return { checked: true, version: refresh(parsedInput.ref) };
});

export const machineDraftAction = triageActionClient.inputSchema(translationTargetSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => requestMachineDraft(ctx.user, parsedInput, machineTranslation()));
  return { drafted: true, version: refresh(parsedInput.ref) };
});

/** The pages that show the text: its recommendation's, or its initiative's (with the meetings and fact sheets that cite it). */
const pagesShowing = (input: CheckPairedInput) => ('ref' in input ? recommendationPages(input.ref) : initiativePages(input.initiative));

export const checkPairedTranslationAction = triageActionClient.inputSchema(checkPairedSchema).action(async ({ parsedInput, ctx }) => {
  await changing(pagesShowing(parsedInput), () => checkPairedTranslation(ctx.user, parsedInput));
  revalidatePath('/[locale]/coordinate', 'layout');
  return { checked: true };
});
