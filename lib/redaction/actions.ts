'use server';

/** Coordinators withhold a passage of a public text, or lift a redaction; the public pages are replaced. */
import { revalidatePath } from 'next/cache';
import { triageActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { liftRedaction, redactPassage } from './redact';
import { liftRedactionSchema, redactSchema } from './schemas';

export const redactPassageAction = triageActionClient.inputSchema(redactSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => redactPassage(ctx.user, parsedInput));
  revalidatePath('/[locale]/coordinate', 'layout');
  return { redacted: true };
});

export const liftRedactionAction = triageActionClient.inputSchema(liftRedactionSchema).action(async ({ parsedInput, ctx }) => {
  await changing(recommendationPages(parsedInput.ref), () => liftRedaction(ctx.user, parsedInput));
  revalidatePath('/[locale]/coordinate', 'layout');
  return { lifted: true };
});
