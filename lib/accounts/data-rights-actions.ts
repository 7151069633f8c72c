'use server';
/**
 * The signed-in person's own account, deleted (lib/accounts/delete-account.ts says what that erases and
 * keeps). The action acts only on its caller: there is no input naming an account, so nobody, an
 * administrator included, can delete someone else's through it.
 */
import { cookies } from 'next/headers';
import { returnValidationErrors } from 'next-safe-action';
import { authActionClient } from '@/lib/actions/client';
import { deviceCookieName } from '@/lib/auth/device';
import { requestOrigin } from '@/lib/auth/request-origin';
import { changing, submitterPages } from '@/lib/page-store/refresh';
import { Refusal } from '@/lib/refusal';
import { isSessionCookie } from '@/lib/security/session-cookie';
import { SESSION_HINT_COOKIE } from '@/lib/security/session-hint';
import { siteUsesHttps } from '@/lib/security/transport';
import { checkDeletionRequest, eraseAccount } from './delete-account';
import { deleteAccountSchema } from './delete-account-schema';

/** The browser forgets the account: the session (already refused by the server), the hint, the device cookie. */
async function forgetInThisBrowser() {
  let jar;
  try {
    jar = await cookies();
  } catch {
    return; // Outside a request (unit tests): there is no browser to tell.
  }
  for (const { name } of jar.getAll()) {
    // Set expired with the flags they were set with: a browser ignores a `__Host-` cookie without Secure.
    if (isSessionCookie(name) || name === SESSION_HINT_COOKIE || name === deviceCookieName()) jar.set(name, '', { maxAge: 0, path: '/', secure: siteUsesHttps(), sameSite: 'lax' });
  }
}

export const deleteAccountAction = authActionClient.inputSchema(deleteAccountSchema).action(async ({ parsedInput, ctx }) => {
  // Asked before the password, so a coordinator is told why at once rather than after typing it.
  if (ctx.user.role !== 'stakeholder') throw new Refusal('governmentAccount');
  const check = await checkDeletionRequest(ctx.user.id, parsedInput.currentPassword, parsedInput.code, await requestOrigin());
  if (!check.ok) return returnValidationErrors(deleteAccountSchema, { [check.field]: { _errors: [check.reason] } });
  // The person's name and organization may be on the public pages of their recommendations: those pages
  // are replaced before the answer, so the name is gone from them when the person reads "deleted".
  const erased = await changing(submitterPages(ctx.user.id), () => eraseAccount(ctx.user.id));
  await forgetInThisBrowser();
  return { deleted: true as const, recommendationsKept: erased.recommendations };
});
