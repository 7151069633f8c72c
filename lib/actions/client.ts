/**
 * Every server action is built on these clients (next-safe-action). `actionClient` validates input with
 * the action's zod schema; `authActionClient` first resolves who is calling (lib/auth) and refuses
 * anonymous calls before any code of the action runs. Server actions are public POST endpoints
 * (SECURITY.md 2.1): the permission check for the object acted on is still each action's first step.
 */
import 'server-only';
import { createSafeActionClient } from 'next-safe-action';
import { getCurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';

export { Refusal as ActionRefusal };

export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: 'flattened',
  handleServerError(error) {
    if (error instanceof Refusal) return error.code;
    logEvent('action.error', { message: error.message, stack: error.stack?.split('\n').slice(0, 4).join(' | ') });
    return 'unexpected';
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in' });
    throw new Refusal('notSignedIn');
  }
  return next({ ctx: { user } });
});

/** Coordinators and administrators only: everyone else is refused before the action's code runs. */
export const triageActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== 'coordinator' && ctx.user.role !== 'admin') {
    logEvent('authz.refused', { userId: ctx.user.id, role: ctx.user.role, reason: 'not_a_coordinator' });
    throw new Refusal('forbidden');
  }
  return next({ ctx });
});
