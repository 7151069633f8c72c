'use server';
/**
 * The account forms' server actions: thin edges that validate with the shared schemas, call the use
 * case and shape the answer for the form. In demo mode an answer may carry a link to read the e-mail
 * that was just sent, since no mail server delivers it.
 */
import { returnValidationErrors } from 'next-safe-action';
import { actionClient, authActionClient } from '@/lib/actions/client';
import { demoOutboxLink } from '@/lib/email/demo-outbox-link';
import { changing, submitterPages } from '@/lib/page-store/refresh';
import { resendVerification } from './email-verification';
import { requestPasswordReset, resetPassword } from './password-reset';
import { accountDetailsSchema, changePasswordSchema, requestPasswordResetSchema, resetPasswordSchema, signUpSchema } from './schemas';
import { signUp } from './sign-up';
import { changePassword, updateAccountDetails } from './update-account';

export const signUpAction = actionClient.inputSchema(signUpSchema).action(async ({ parsedInput }) => {
  const result = await signUp(parsedInput);
  if (!result.ok) returnValidationErrors(signUpSchema, { [result.field]: { _errors: [result.reason] } });
  return { outboxLink: demoOutboxLink(result.email) };
});

export const resendVerificationAction = authActionClient.action(async ({ ctx }) => {
  return { outboxLink: demoOutboxLink(await resendVerification(ctx.user.id)) };
});

export const requestPasswordResetAction = actionClient.inputSchema(requestPasswordResetSchema).action(async ({ parsedInput }) => {
  const queued = await requestPasswordReset(parsedInput.email);
  return { outboxLink: demoOutboxLink(queued) };
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
  const result = await changePassword(ctx.user.id, parsedInput.currentPassword, parsedInput.newPassword);
  if (!result.ok) returnValidationErrors(changePasswordSchema, { [result.field]: { _errors: [result.reason] } });
  return { changed: true };
});
