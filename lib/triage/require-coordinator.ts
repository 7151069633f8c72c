import 'server-only';
import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { requireUser } from '@/lib/auth/require-user';
import { mayTriage } from '@/lib/auth/permissions';
import { redirectToTwoStepSetUp } from '@/lib/auth/require-two-step';
import { logEvent } from '@/lib/log';
import type { CurrentUser } from '@/lib/auth/current-user';

/** The workspace's pages: anonymous visitors sign in; signed-in non-coordinators get a 404. */
export async function requireCoordinator(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await requireUser(locale, here);
  if (!mayTriage(user)) {
    logEvent('authz.refused', { userId: user.id, role: user.role, page: here });
    notFound();
  }
  redirectToTwoStepSetUp(user, locale);
  return user;
}
