'use server';
/**
 * A stakeholder's server actions on recommendations. Each resolves the caller (authActionClient),
 * re-validates with the form's own schema, and lets the use case check ownership and status.
 * Refusals come back as message keys of `actionErrors`.
 */
import { returnServerError, returnValidationErrors } from 'next-safe-action';
import { authActionClient } from '@/lib/actions/client';
import { callsNow } from '@/lib/calls/clock';
import { callRefusalCode } from '@/lib/calls/refusal-code';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { editOwnRecommendation, withdrawOwnRecommendation } from './change-own-recommendation';
import { editRecommendationSchema, recommendationSchema, withdrawRecommendationSchema } from './schema';
import { submitRecommendation } from './submit-recommendation';

export const submitRecommendationAction = authActionClient.inputSchema(recommendationSchema).action(async ({ parsedInput, ctx }) => {
  const result = await submitRecommendation(ctx.user, parsedInput, await callsNow());
  // No page is replaced: a new recommendation reaches the stored lists within their `revalidate` time
  // (README, "Stored pages"), and revalidating here would make Next render the submit page again into
  // this answer. The submitter sees it at once on their account page, which is never stored.
  if (result.ok) return { ref: result.ref };
  if (result.reason === 'unknownPillar') return returnValidationErrors(recommendationSchema, { pillar: { _errors: ['choose'] } });
  if (result.reason === 'rateLimited') return returnServerError(`rateLimited|${result.retryAt.toISOString()}`);
  if (result.reason === 'call') return returnServerError(callRefusalCode(result.refusal));
  return returnServerError(result.reason);
});

export const editRecommendationAction = authActionClient.inputSchema(editRecommendationSchema).action(async ({ parsedInput, ctx }) => {
  const { ref, version, ...input } = parsedInput;
  const result = await changing(recommendationPages(ref), () => editOwnRecommendation(ctx.user.id, ref, version, input));
  if (!result.ok) {
    if (result.reason === 'unknownPillar') returnValidationErrors(editRecommendationSchema, { pillar: { _errors: ['choose'] } });
    returnServerError(result.reason);
  }
  return { ref };
});

export const withdrawRecommendationAction = authActionClient
  .inputSchema(withdrawRecommendationSchema)
  .action(async ({ parsedInput, ctx }) => {
    // A withdrawal with the text taken down must be gone from every stored page before this answers.
    const result = await changing(recommendationPages(parsedInput.ref), () =>
      withdrawOwnRecommendation(ctx.user.id, parsedInput.ref, parsedInput.version, parsedInput.reason, parsedInput.hideText ?? false),
    );
    if (!result.ok) returnServerError(result.reason);
    return { ref: parsedInput.ref };
  });
