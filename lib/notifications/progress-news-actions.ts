'use server';
/** A signed-in person's own choice of progress news: it concerns only themselves. */
import { authActionClient } from '@/lib/actions/client';
import { saveProgressNewsMode } from './progress-news';
import { progressNewsSchema } from './progress-news-schema';

export const saveProgressNewsAction = authActionClient.inputSchema(progressNewsSchema).action(async ({ parsedInput, ctx }) => {
  saveProgressNewsMode(ctx.user.id, parsedInput.mode);
  return { saved: parsedInput.mode };
});
