'use server';
/**
 * Two-step sign-in settings of the signed-in person. Each takes a code, and wrong codes count like wrong
 * passwords (lib/auth/throttle.ts): a stolen session cannot guess its way to turning it off.
 */
import { z } from 'zod';
import { authActionClient } from '@/lib/actions/client';
import { Refusal } from '@/lib/refusal';
import { deviceIdFor } from './device';
import { confirmEnrolment, disableMfa, renewRecoveryCodes } from './mfa';
import { requestOrigin } from './request-origin';
import { releaseAttempt, reserveAttempt, throttleKeys } from './throttle';

const codeSchema = z.object({ code: z.string().trim().min(1, { error: 'required' }).max(64) });

/** Runs `use` as one counted attempt: released when it succeeds, kept when the code was wrong. */
async function countedAttempt<T>(user: { id: number; email: string }, use: () => T): Promise<T> {
  const origin = await requestOrigin();
  let reserved;
  try {
    reserved = reserveAttempt(
      throttleKeys({ email: user.email, deviceId: deviceIdFor(origin.cookieHeader, user.id), address: origin.address }),
    );
  } catch {
    throw new Refusal('unavailable');
  }
  if (!reserved.ok) throw new Refusal(`tooManyAttempts|${reserved.retryAt.toISOString()}`);
  const result = use();
  releaseAttempt(reserved.reservation);
  return result;
}

export const confirmTwoStepAction = authActionClient.inputSchema(codeSchema).action(async ({ parsedInput, ctx }) => {
  return countedAttempt(ctx.user, () => confirmEnrolment(ctx.user.id, parsedInput.code));
});

export const renewRecoveryCodesAction = authActionClient.inputSchema(codeSchema).action(async ({ parsedInput, ctx }) => {
  return { recoveryCodes: await countedAttempt(ctx.user, () => renewRecoveryCodes(ctx.user.id, parsedInput.code)) };
});

export const disableTwoStepAction = authActionClient.inputSchema(codeSchema).action(async ({ parsedInput, ctx }) => {
  await countedAttempt(ctx.user, () => disableMfa(ctx.user.id, parsedInput.code));
  return { disabled: true as const };
});
