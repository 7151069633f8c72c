'use server';
/**
 * The signed-in person's own account, deleted (lib/accounts/delete-account.ts says what that erases and
 * keeps). The action acts only on its caller: there is no input naming an account, so nobody, an
 * administrator included, can delete someone else's through it.
 */
import { returnValidationErrors } from 'next-safe-action';
import { authActionClient } from '@/lib/actions/client';
import { requestOrigin } from '@/lib/auth/request-origin';
import { changing, submitterPages } from '@/lib/page-store/refresh';
import { Refusal } from '@/lib/refusal';
import { checkDeletionRequest, eraseAccount } from './delete-account';
import { deleteAccountSchema } from './delete-account-schema';

export const deleteAccountAction = authActionClient.inputSchema(deleteAccountSchema).action(async ({ parsedInput, ctx }) => {
  // Asked before the password, so a coordinator is told why at once rather than after typing it.
  if (ctx.user.role !== 'stakeholder') throw new Refusal('governmentAccount');
  const check = await checkDeletionRequest(ctx.user.id, parsedInput.currentPassword, parsedInput.code, await requestOrigin());
  if (!check.ok) return returnValidationErrors(deleteAccountSchema, { [check.field]: { _errors: [check.reason] } });
  // The person's name and organization may be on the public pages of their recommendations: those pages
  // are replaced before the answer, so the name is gone from them when the person reads "deleted".
  const erased = await changing(submitterPages(ctx.user.id), () => eraseAccount(ctx.user.id));
  // No cookie is set here: Next.js would answer a cookie change by rendering this (now signed-out) page
  // again into the answer, whose sign-in redirect would win over it. The session is over on the server
  // already (deactivated, new session version); the form signs the browser out through next-auth.
  return { deleted: true as const, recommendationsKept: erased.recommendations };
});
