import 'server-only';
import { redirect } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import type { CurrentUser } from './current-user';
import { mustSetUpTwoStep } from './mfa-policy';

/** Coordinator and administration pages: in production mode, set up two-step sign-in first. */
export function redirectToTwoStepSetUp(user: CurrentUser, locale: Locale) {
  if (!mustSetUpTwoStep(user)) return;
  logEvent('authz.refused', { userId: user.id, role: user.role, reason: 'two_step_sign_in_not_set_up' });
  redirect(`/${locale}/account/two-step`);
}
