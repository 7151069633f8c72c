'use server';
/**
 * The account forms' server actions: thin edges that validate with the shared schemas, call the use
 * case and shape the answer for the form. Nothing an anonymous visitor is told depends on whether an
 * address has an account (sign-up and reset answer alike, and e-mail goes out after the answer). In demo
 * mode an answer may carry a link to read the e-mail just sent, since no mail server delivers it: to the
 * signed-in recipient, or for a published demo account, never for anyone else's address.
 */
import { returnValidationErrors } from 'next-safe-action';
import { actionClient, authActionClient } from '@/lib/actions/client';
import { afterResponse } from '@/lib/after-response';
import { requestOrigin } from '@/lib/auth/request-origin';
import { isDemoMode } from '@/lib/config';
import { demoOutboxLink } from '@/lib/email/demo-outbox-link';
import { deliver } from '@/lib/email/send-email';
import { isDemoAccount } from './demo-seed';
import { changing, submitterPages } from '@/lib/page-store/refresh';
import { resendVerification, verifyEmail } from './email-verification';
import { requestPasswordReset, resetPassword } from './password-reset';
import {
  accountDetailsSchema,
  changePasswordSchema,
  confirmEmailSchema,
  requestPasswordResetSchema,
  resendVerificationSchema,
  resetPasswordSchema,
  signUpSchema,
} from './schemas';
import { signUp } from './sign-up';
import { changePassword, updateAccountDetails } from './update-account';

export const signUpAction = actionClient.inputSchema(signUpSchema).action(async ({ parsedInput }) => {
  const result = await signUp(parsedInput);
  if (!result.ok) return returnValidationErrors(signUpSchema, { [result.field]: { _errors: [result.reason] } });
  const { email } = result;
  if (email) afterResponse(() => deliver(email));
  return { sent: true as const };
});

export const resendVerificationAction = authActionClient.inputSchema(resendVerificationSchema).action(async ({ parsedInput, ctx }) => {
  return { outboxLink: demoOutboxLink(await resendVerification(ctx.user.id, parsedInput?.returnPath)) };
});

/** The button on the page the e-mailed link opens: opening the link alone confirms nothing (mail scanners follow links). */
export const confirmEmailAction = actionClient.inputSchema(confirmEmailSchema).action(async ({ parsedInput }) => {
  const result = verifyEmail(parsedInput.token);
  return result.ok ? { done: true as const } : { done: false as const, reason: result.reason };
});

export const requestPasswordResetAction = actionClient.inputSchema(requestPasswordResetSchema).action(async ({ parsedInput }) => {
  // Anyone may sign in as a published demo account anyway: its reset e-mail may be shown on screen.
  if (isDemoMode() && isDemoAccount(parsedInput.email))
    return { outboxLink: demoOutboxLink(await requestPasswordReset(parsedInput.email)) };
  // Looked up after the answer, so the answer takes the same time for any address.
  afterResponse(() => requestPasswordReset(parsedInput.email));
  return { outboxLink: null };
});

export const resetPasswordAction = actionClient.inputSchema(resetPasswordSchema).action(async ({ parsedInput }) => {
  const result = await resetPassword(parsedInput.token, parsedInput.password);
  if (!result.ok && result.reason === 'passwordTooCommon') {
    returnValidationErrors(resetPasswordSchema, { password: { _errors: ['passwordTooCommon'] } });
  }
  return result.ok ? { done: true as const } : { done: false as const, reason: result.reason };
});

export const updateAccountAction = authActionClient.inputSchema(accountDetailsSchema).action(async ({ parsedInput, ctx }) => {
  // The name is public, with consent, on the pages of the person's recommendations.
  await changing(submitterPages(ctx.user.id), () => updateAccountDetails(ctx.user.id, parsedInput));
  return { saved: true };
});

export const changePasswordAction = authActionClient.inputSchema(changePasswordSchema).action(async ({ parsedInput, ctx }) => {
  const result = await changePassword(ctx.user.id, parsedInput.currentPassword, parsedInput.newPassword, await requestOrigin());
  if (!result.ok) returnValidationErrors(changePasswordSchema, { [result.field]: { _errors: [result.reason] } });
  return { changed: true };
});
