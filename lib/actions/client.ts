/**
 * Every server action is built on these clients (next-safe-action). `actionClient` validates input with
 * the action's zod schema; `authActionClient` first resolves who is calling (lib/auth) and refuses
 * anonymous calls before any code of the action runs. Server actions are public POST endpoints
 * (docs/security.md, "Access control"): the permission check for the object acted on is still each action's first step.
 *
 * Logging (ASVS 7.1.3, 7.2.2): the role gates log their refusals as `authz.refused` where they refuse;
 * every other refusal an action answers with (not found, outside one's pillars, a conflict, a rule of
 * the workflow) is logged once as `action.refused` with its code and the caller; an unexpected error as
 * `action.error`. Never the input: it may hold a password or a token.
 */
import 'server-only';
import { DrizzleQueryError } from 'drizzle-orm';
import { createSafeActionClient } from 'next-safe-action';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { mustSetUpTwoStep } from '@/lib/auth/mfa-policy';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';

export { Refusal as ActionRefusal };

/** Codes the role gates (below) log themselves, with the reason. */
const LOGGED_AT_THE_GATE = new Set(['notSignedIn', 'forbidden', 'mfaRequired']);
const UNEXPECTED = 'unexpected';

/**
 * What an unexpected error may tell the log. A failed query's message and the stack's first line carry
 * the query's parameters (drizzle's DrizzleQueryError: "Failed query: … params: …"), which can be an
 * e-mail address, a password hash or an e-mail body with a link's token: only the SQL text and the
 * database's own reason are kept, and the stack's frames without its message.
 */
function describeError(error: Error) {
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 4)
    .join(' | ');
  if (error instanceof DrizzleQueryError) {
    return {
      message: `query failed: ${error.cause instanceof Error ? error.cause.message : 'unknown cause'}`,
      query: error.query,
      stack: frames,
    };
  }
  return { message: error.message, stack: frames };
}

const baseClient = createSafeActionClient({
  defaultValidationErrorsShape: 'flattened',
  handleServerError(error) {
    if (error instanceof Refusal) return error.code;
    logEvent('action.error', describeError(error));
    return UNEXPECTED;
  },
});

export const actionClient = baseClient.use(async ({ next }) => {
  const result = await next();
  const code = result.serverError;
  if (typeof code === 'string' && code !== UNEXPECTED && !LOGGED_AT_THE_GATE.has(code)) {
    // The context as the innermost middleware left it: the caller, once authActionClient resolved them.
    const user = (result.ctx as { user?: CurrentUser } | undefined)?.user;
    logEvent('action.refused', { code, userId: user?.id ?? null, role: user?.role ?? 'anonymous' });
  }
  return result;
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
  refuseWithoutTwoStep(ctx.user);
  return next({ ctx });
});

/** In production mode a coordinator's or administrator's actions wait until they set up two-step sign-in. */
export function refuseWithoutTwoStep(user: CurrentUser) {
  if (!mustSetUpTwoStep(user)) return;
  logEvent('authz.refused', { userId: user.id, role: user.role, reason: 'two_step_sign_in_not_set_up' });
  throw new Refusal('mfaRequired');
}

/**
 * Every administrator action: signed in, then an administrator, checked before the action's input is even
 * validated. Anyone else is refused with `forbidden` and the refusal is logged (ASVS 4.1.1, 7.1).
 */
export const adminActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== 'admin') {
    logEvent('authz.refused', { userId: ctx.user.id, role: ctx.user.role, reason: 'not_an_administrator' });
    throw new Refusal('forbidden');
  }
  refuseWithoutTwoStep(ctx.user);
  return next({ ctx });
});
