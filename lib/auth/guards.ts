/**
 * The page guards, in one place: the first call of every signed-in page. Anyone signed out is sent to
 * sign in and back afterwards; anyone signed in without the role gets "not found", so the pages do not
 * even confirm they exist; in production mode coordinators and administrators set up two-step sign-in
 * first. Server actions have their own gates, in lib/actions/client.ts.
 */
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import { getCurrentUser, type CurrentUser } from './current-user';
import { mustSetUpTwoStep } from './mfa-policy';
import { mayTriage } from './permissions';

/** For pages that need a signed-in person: sends anyone else to sign in, and back here afterwards. */
export async function requireUser(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  return user;
}

/** The coordinators' workspace: signed-in non-coordinators get a 404. */
export async function requireCoordinator(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await requireUser(locale, here);
  if (!mayTriage(user)) {
    logEvent('authz.refused', { userId: user.id, role: user.role, page: here });
    notFound();
  }
  redirectToTwoStepSetUp(user, locale);
  return user;
}

/** The administration pages: signed-in non-administrators get a 404. */
export async function requireAdmin(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await requireUser(locale, here);
  if (user.role !== 'admin') {
    logEvent('authz.refused', { userId: user.id, page: here });
    notFound();
  }
  redirectToTwoStepSetUp(user, locale);
  return user;
}

/** Coordinator and administration pages: in production mode, set up two-step sign-in first. */
export function redirectToTwoStepSetUp(user: CurrentUser, locale: Locale) {
  if (!mustSetUpTwoStep(user)) return;
  logEvent('authz.refused', { userId: user.id, role: user.role, reason: 'two_step_sign_in_not_set_up' });
  redirect(`/${locale}/account/two-step`);
}
