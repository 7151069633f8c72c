/** The alert settings form's schema, shared by the browser and the action. */
import { z } from 'zod';
import { SUBMISSION_ALERTS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';

export const alertPreferenceSchema = z.object({
  newSubmissions: z.enum(SUBMISSION_ALERTS, { error: errorMessage('choose') }),
});
export type AlertPreferenceValues = z.input<typeof alertPreferenceSchema>;
