'use server';
/** A coordinator's own alert settings: built on triageActionClient (coordinators and administrators). */
import { triageActionClient } from '@/lib/actions/client';
import { saveSubmissionAlerts } from './preferences';
import { alertPreferenceSchema } from './schemas';

export const saveAlertPreferenceAction = triageActionClient.inputSchema(alertPreferenceSchema).action(async ({ parsedInput, ctx }) => {
  saveSubmissionAlerts(ctx.user, parsedInput.newSubmissions);
  return { saved: parsedInput.newSubmissions };
});
