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

/** A refusal the user should read: `code` is a message key of the `actionErrors` namespace. */
export class ActionRefusal extends Error {
  constructor(public readonly code: string) {
    super(code);
    this.name = 'ActionRefusal';
  }
}

export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: 'flattened',
  handleServerError(error) {
    if (error instanceof ActionRefusal) return error.code;
    logEvent('action.error', { message: error.message, stack: error.stack?.split('\n').slice(0, 4).join(' | ') });
    return 'unexpected';
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in' });
    throw new ActionRefusal('notSignedIn');
  }
  return next({ ctx: { user } });
});
