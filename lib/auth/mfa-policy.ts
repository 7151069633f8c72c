import { isDemoMode } from '@/lib/config';

/**
 * Coordinators and administrators must use two-step sign-in in production mode (ASVS 4.3.1): until they
 * set it up, their pages send them to do so and their actions are refused. In demo mode it is optional,
 * so the published demo accounts sign in with their password alone.
 */
export function mfaRequiredFor(user: { role: string }): boolean {
  return !isDemoMode() && (user.role === 'coordinator' || user.role === 'admin');
}

/** Whether this person must set up two-step sign-in before using their role's pages and actions. */
export function mustSetUpTwoStep(user: { role: string; mfaEnabled: boolean }): boolean {
  return mfaRequiredFor(user) && !user.mfaEnabled;
}
