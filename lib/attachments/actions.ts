'use server';

/**
 * Attachments' actions (uploads are a route handler, app/api/attachments, for their own size limit):
 * a coordinator hides one file with a reason; a submitter removes one of theirs while they may edit.
 */
import { revalidatePath } from 'next/cache';
import { authActionClient, triageActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { hideAttachment, removeOwnAttachment } from './moderate';
import { hideAttachmentSchema, removeAttachmentSchema } from './schemas';

export const hideAttachmentAction = triageActionClient.inputSchema(hideAttachmentSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => hideAttachment(ctx.user, parsedInput));
  revalidatePath('/[locale]/coordinate', 'layout');
  return { hidden: true };
});

export const removeAttachmentAction = authActionClient.inputSchema(removeAttachmentSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => removeOwnAttachment(ctx.user, parsedInput));
  return { removed: true };
});
