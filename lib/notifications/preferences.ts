/**
 * A coordinator's choice of how to hear about new submissions in their pillars. Choosing the daily
 * digest starts its period now: the first digest lists what arrives from this moment, not the backlog.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { alertPreferences } from '@/db/schema';
import { type SubmissionAlerts } from '@/db/vocabulary';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayTriage } from '@/lib/auth/permissions';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';

export function submissionAlertsOf(userId: number): SubmissionAlerts {
  return (
    getDb().select({ value: alertPreferences.newSubmissions }).from(alertPreferences).where(eq(alertPreferences.userId, userId)).get()
      ?.value ?? 'off'
  );
}

export function saveSubmissionAlerts(user: CurrentUser, value: SubmissionAlerts, now = new Date()) {
  if (!mayTriage(user)) throw new Refusal('forbidden');
  getDb()
    .insert(alertPreferences)
    .values({ userId: user.id, newSubmissions: value, updatedAt: now })
    .onConflictDoUpdate({ target: alertPreferences.userId, set: { newSubmissions: value, updatedAt: now } })
    .run();
  logEvent('notifications.preference_saved', { userId: user.id, newSubmissions: value });
}
