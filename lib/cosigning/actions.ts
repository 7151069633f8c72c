'use server';

/**
 * Co-signing: the submitter invites (their own item only), the invited person signs or withdraws (their
 * own invitation only). Signing and withdrawing change the public list: the item's stored pages are replaced.
 */
import { authActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { inviteCosigner, refOf, signAsCosigner, withdrawSignature } from './cosign';
import { inviteCosignerSchema, signSchema, withdrawSignatureSchema } from './schemas';
import { getDb } from '@/db/client';
import { cosigners } from '@/db/schema';
import { eq } from 'drizzle-orm';

function pagesOf(cosignerId: number) {
  const row = getDb().select({ recommendationId: cosigners.recommendationId }).from(cosigners).where(eq(cosigners.id, cosignerId)).get();
  return recommendationPages(...(row ? [refOf(row.recommendationId)] : []));
}

export const inviteCosignerAction = authActionClient.inputSchema(inviteCosignerSchema).action(async ({ parsedInput, ctx }) => {
  await inviteCosigner(ctx.user, parsedInput);
  return { invited: true };
});

export const signAsCosignerAction = authActionClient.inputSchema(signSchema).action(async ({ parsedInput, ctx }) => {
  const ref = await changing(pagesOf(parsedInput.cosignerId), () => signAsCosigner(ctx.user, parsedInput));
  return { signed: true, ref };
});

export const withdrawSignatureAction = authActionClient.inputSchema(withdrawSignatureSchema).action(async ({ parsedInput, ctx }) => {
  const ref = await changing(pagesOf(parsedInput.cosignerId), () => withdrawSignature(ctx.user, parsedInput.cosignerId));
  return { withdrawn: true, ref };
});
