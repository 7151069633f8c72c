'use server';
/**
 * The coordinators' server actions. Each is built on triageActionClient (signed in, coordinator or
 * administrator), validates with its schema, and lets the use case check pillar scope, version and the
 * workflow table before changing anything. Every change is written to history by the use case.
 */
import { revalidatePath } from 'next/cache';
import { returnValidationErrors } from 'next-safe-action';
import { getDb } from '@/db/client';
import { triageActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { currentVersion } from './guard';
import { assignRecommendations, startReview } from './assignment';
import { changeStatus, confirmStatus, ResponseLanguageMissing } from './change-status';
import { linkRecommendationToInitiative, unlinkRecommendationFromInitiative } from './links';
import { hideRecommendation, mergeDuplicate } from './moderation';
import { addInternalNote, recordGovernmentPosition } from './notes-and-positions';
import { publishSummary } from './public-summary';
import {
  bulkSchema,
  confirmSchema,
  hideSchema,
  linkSchema,
  mergeSchema,
  noteSchema,
  positionSchema,
  statusChangeSchema,
  summarySchema,
  unlinkSchema,
} from './schemas';

/**
 * Refreshes the workspace and tells the page the recommendation's new version. Each action that changes
 * what the public sees runs its change through `changing`, which replaces the stored public pages that
 * showed the item before the change or show it after (lib/page-store).
 */
function refresh(ref?: string) {
  revalidatePath('/[locale]/coordinate', 'layout');
  return ref ? currentVersion(getDb(), ref) : undefined;
}

export const changeStatusAction = triageActionClient.inputSchema(statusChangeSchema).action(async ({ parsedInput, ctx }) => {
  try {
    const result = await changing(recommendationPages(parsedInput.ref), () => changeStatus(ctx.user, parsedInput));
    return { ...result, version: refresh(parsedInput.ref) };
  } catch (error) {
    // The language left empty goes on its own field, so the form marks and focuses the one still to write.
    if (error instanceof ResponseLanguageMissing) {
      const message = error.field === 'responseEn' ? 'responseNeedsEnglish' : 'responseNeedsSpanish';
      return returnValidationErrors(statusChangeSchema, { [error.field]: { _errors: [message] } });
    }
    throw error;
  }
});

export const confirmStatusAction = triageActionClient.inputSchema(confirmSchema).action(async ({ parsedInput, ctx }) => {
  const result = await changing(recommendationPages(parsedInput.ref), () => confirmStatus(ctx.user, parsedInput.ref, parsedInput.version));
  return { ...result, version: refresh(parsedInput.ref) };
});

export const linkInitiativeAction = triageActionClient.inputSchema(linkSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => linkRecommendationToInitiative(ctx.user, parsedInput));
  return { linked: true, version: refresh(parsedInput.ref) };
});

export const unlinkInitiativeAction = triageActionClient.inputSchema(unlinkSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => unlinkRecommendationFromInitiative(ctx.user, parsedInput));
  return { unlinked: true, version: refresh(parsedInput.ref) };
});

export const mergeDuplicateAction = triageActionClient.inputSchema(mergeSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref, parsedInput.into), () => mergeDuplicate(ctx.user, parsedInput));
  return { merged: true, version: refresh(parsedInput.ref) };
});

export const hideRecommendationAction = triageActionClient.inputSchema(hideSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => hideRecommendation(ctx.user, parsedInput));
  return { hidden: true, version: refresh(parsedInput.ref) };
});

export const addNoteAction = triageActionClient.inputSchema(noteSchema).action(async ({ parsedInput, ctx }) => {
  addInternalNote(ctx.user, parsedInput.ref, parsedInput.body);
  refresh();
  return { added: true };
});

export const recordPositionAction = triageActionClient.inputSchema(positionSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => recordGovernmentPosition(ctx.user, parsedInput));
  refresh();
  return { recorded: true };
});

export const assignAction = triageActionClient.inputSchema(bulkSchema).action(async ({ parsedInput, ctx }) => {
  const { items } = parsedInput;
  const refs = items.map((item) => item.ref);
  await changing(recommendationPages(...refs), () => assignRecommendations(ctx.user, items, parsedInput.assigneeId ?? null));
  return { assigned: items.length, version: refresh(items.length === 1 ? items[0]!.ref : undefined) };
});

export const startReviewAction = triageActionClient
  .inputSchema(bulkSchema.omit({ assigneeId: true }))
  .action(async ({ parsedInput, ctx }) => {
    await changing(recommendationPages(...parsedInput.items.map((item) => item.ref)), () => startReview(ctx.user, parsedInput.items));
    refresh();
    return { started: parsedInput.items.length };
  });

export const publishSummaryAction = triageActionClient.inputSchema(summarySchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => publishSummary(ctx.user, parsedInput));
  return { published: true, version: refresh(parsedInput.ref) };
});
