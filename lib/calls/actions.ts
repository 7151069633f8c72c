'use server';
/**
 * The calls' server actions. Managing a call: coordinators and administrators (triageActionClient), and
 * the use case checks the call's pillars against the coordinator's. Reaffirming: the recommendation's owner.
 * Subscriptions: anyone signed in, for themselves. Unsubscribing: whoever holds the signed link.
 * Refusals come back as message keys of `actionErrors` or `calls.refusal`.
 */
import { actionClient, authActionClient, triageActionClient } from '@/lib/actions/client';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { callsNow } from './clock';
import { createCall, moveCall } from './manage-calls';
import { reaffirmRecommendation } from './reaffirm';
import { recordReceivedAnswer } from './record-answer';
import { callSchema, moveCallSchema, reaffirmSchema, recordAnswerSchema, subscriptionsSchema, unsubscribeSchema } from './schema';
import { saveSubscriptions, unsubscribe } from './subscriptions';

export const createCallAction = triageActionClient.inputSchema(callSchema).action(async ({ parsedInput, ctx }) => {
  return createCall(ctx.user, parsedInput, await callsNow());
});

export const moveCallAction = triageActionClient.inputSchema(moveCallSchema).action(async ({ parsedInput, ctx }) => {
  const now = await callsNow();
  // Reporting adds a `reported` round to the trails of the items the governments took up.
  let refs: string[] = [];
  await changing(
    () => (refs.length ? recommendationPages(...refs)() : []),
    async () => {
      refs = (await moveCall(ctx.user, parsedInput.call, parsedInput.move, now)).refs;
    },
  );
  return { call: parsedInput.call, move: parsedInput.move };
});

/** Input received in a meeting or by letter: a coordinator of the chosen pillar (or an administrator) records it. */
export const recordAnswerAction = triageActionClient.inputSchema(recordAnswerSchema).action(async ({ parsedInput, ctx }) => {
  const now = await callsNow();
  let ref = '';
  // A new public recommendation, and the call's page counts it among the answers.
  await changing(
    () => (ref ? recommendationPages(ref)() : []),
    () => {
      ref = recordReceivedAnswer(ctx.user, parsedInput, now).ref;
    },
  );
  return { ref };
});

export const reaffirmAction = authActionClient.inputSchema(reaffirmSchema).action(async ({ parsedInput, ctx }) => {
  const now = await callsNow();
  // The item's public page shows its trail across rounds.
  return changing(recommendationPages(parsedInput.ref), () => reaffirmRecommendation(ctx.user.id, parsedInput, now));
});

export const saveSubscriptionsAction = authActionClient.inputSchema(subscriptionsSchema).action(async ({ parsedInput, ctx }) => {
  saveSubscriptions(ctx.user.id, parsedInput.pillars);
  return { saved: true };
});

export const unsubscribeAction = actionClient.inputSchema(unsubscribeSchema).action(async ({ parsedInput }) => {
  return unsubscribe(parsedInput.token);
});
