/**
 * The client every administrator action is built on: signed in (authActionClient), then an administrator,
 * checked before the action's input is even validated. Anyone else is refused with `forbidden` and the
 * refusal is logged (ASVS 4.1.1, 7.1).
 */
import 'server-only';
import { ActionRefusal, authActionClient, refuseWithoutTwoStep } from '@/lib/actions/client';
import { logEvent } from '@/lib/log';

export const adminActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== 'admin') {
    logEvent('authz.refused', { userId: ctx.user.id, role: ctx.user.role, reason: 'not_an_administrator' });
    throw new ActionRefusal('forbidden');
  }
  refuseWithoutTwoStep(ctx.user);
  return next({ ctx });
});
