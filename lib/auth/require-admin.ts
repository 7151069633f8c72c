import 'server-only';
import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import type { CurrentUser } from './current-user';
import { requireUser } from './require-user';
import { redirectToTwoStepSetUp } from './require-two-step';

/**
 * For the administration pages: anyone signed out is sent to sign in; anyone signed in but not an
 * administrator gets "not found", so the pages do not even confirm they exist (ASVS 4.1.1).
 */
export async function requireAdmin(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await requireUser(locale, here);
  if (user.role !== 'admin') {
    logEvent('authz.refused', { userId: user.id, page: here });
    notFound();
  }
  redirectToTwoStepSetUp(user, locale);
  return user;
}
