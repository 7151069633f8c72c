'use server';
/**
 * The invitee's server action: anyone holding a valid invitation link may call it, so it is built on the
 * anonymous actionClient; the link's single-use token is what authorizes it.
 */
import { returnValidationErrors } from 'next-safe-action';
import { actionClient } from '@/lib/actions/client';
import { acceptInvitation } from './accept-invitation';
// The same two fields as a password reset: the link's token and a new password under the same rules.
import { resetPasswordSchema as acceptInvitationSchema } from './schemas';

export const acceptInvitationAction = actionClient.inputSchema(acceptInvitationSchema).action(async ({ parsedInput }) => {
  const result = await acceptInvitation(parsedInput.token, parsedInput.password);
  if (result.ok) return { done: true as const };
  const { reason } = result;
  if (reason === 'invalid' || reason === 'expired' || reason === 'used') return { done: false as const, reason };
  return returnValidationErrors(acceptInvitationSchema, { password: { _errors: [reason] } });
});
