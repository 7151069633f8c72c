'use server';
/**
 * A stakeholder's server actions on recommendations. Each resolves the caller (authActionClient),
 * re-validates with the form's own schema, and lets the use case check ownership and status.
 * Refusals come back as message keys of `actionErrors`.
 */
import { returnServerError, returnValidationErrors } from 'next-safe-action';
import { authActionClient } from '@/lib/actions/client';
import { editOwnRecommendation, withdrawOwnRecommendation } from './change-own-recommendation';
import { editRecommendationSchema, recommendationSchema, withdrawRecommendationSchema } from './schema';
import { submitRecommendation } from './submit-recommendation';

export const submitRecommendationAction = authActionClient.inputSchema(recommendationSchema).action(async ({ parsedInput, ctx }) => {
  const result = await submitRecommendation(ctx.user, parsedInput);
  // No revalidatePath: every page is rendered per request, and revalidating would make Next render the
  // submit page again into this answer (a tenth of a second at 100,000 recommendations).
  if (result.ok) return { ref: result.ref };
  if (result.reason === 'unknownPillar') returnValidationErrors(recommendationSchema, { pillar: { _errors: ['choose'] } });
  if (result.reason === 'rateLimited') returnServerError(`rateLimited|${result.retryAt.toISOString()}`);
  return returnServerError(result.reason);
});

export const editRecommendationAction = authActionClient.inputSchema(editRecommendationSchema).action(async ({ parsedInput, ctx }) => {
  const { ref, version, ...input } = parsedInput;
  const result = editOwnRecommendation(ctx.user.id, ref, version, input);
  if (!result.ok) {
    if (result.reason === 'unknownPillar') returnValidationErrors(editRecommendationSchema, { pillar: { _errors: ['choose'] } });
    returnServerError(result.reason);
  }
  return { ref };
});

export const withdrawRecommendationAction = authActionClient
  .inputSchema(withdrawRecommendationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = withdrawOwnRecommendation(ctx.user.id, parsedInput.ref, parsedInput.version, parsedInput.reason, parsedInput.hideText ?? false);
    if (!result.ok) returnServerError(result.reason);
    return { ref: parsedInput.ref };
  });
