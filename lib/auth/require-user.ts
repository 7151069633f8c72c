import 'server-only';
import { redirect } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getCurrentUser, type CurrentUser } from './current-user';

/** For pages that need a signed-in person: sends anyone else to sign in, and back here afterwards. */
export async function requireUser(locale: Locale, here: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  return user;
}
