import { z } from 'zod';
import { PROGRESS_NEWS } from '@/db/vocabulary';
import { errorMessage } from '@/lib/form-errors';

/** How a submitter hears about progress on initiatives that took up their recommendations. */
export const progressNewsSchema = z.object({ mode: z.enum(PROGRESS_NEWS, { error: errorMessage('choose') }) });
export type ProgressNewsValues = z.input<typeof progressNewsSchema>;
