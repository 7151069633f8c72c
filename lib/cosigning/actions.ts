'use server';

/**
 * Co-signing: the submitter invites (their own item only), the invited person signs or withdraws (their
 * own invitation only). Signing and withdrawing change the public list: the item's stored pages are replaced.
 */
import { authActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { inviteCosigner, invitationRef, signAsCosigner, withdrawSignature } from './cosign';
import { inviteCosignerSchema, signSchema, withdrawSignatureSchema } from './schemas';

const pagesOf = (cosignerId: number) => recommendationPages(...[invitationRef(cosignerId)].filter((ref) => ref !== null));

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
