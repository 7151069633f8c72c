/**
 * The queue's filters, read from the address bar: anything malformed falls back to "no filter"
 * instead of failing, so a shared or hand-edited link always opens.
 */
import { z } from 'zod';
import { COUNTRIES, RECOMMENDATION_STATUSES, SECTORS } from '@/db/vocabulary';
import { isCalendarDate, slugReference } from '@/lib/validation/fields';

export const QUEUE_SORTS = ['newest', 'oldest', 'updated', 'ref'] as const;
export const QUEUE_PAGE_SIZE = 25;

const date = z.string().refine(isCalendarDate);
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const queueFiltersSchema = z.object({
  status: lenient(z.enum(RECOMMENDATION_STATUSES)),
  pillar: lenient(slugReference()),
  sector: lenient(z.enum(SECTORS)),
  country: lenient(z.enum(COUNTRIES)),
  from: lenient(date),
  to: lenient(date),
  assigned: lenient(z.enum(['me', 'none'])),
  /** Marked implemented by the other government, waiting for the caller's government to confirm. */
  awaiting: lenient(z.enum(['mine'])),
  /** Public full texts without a checked translation into the other language (lib/translations/store.ts). */
  translation: lenient(z.enum(['needed'])),
  q: lenient(z.string().trim().max(200)),
  sort: z.enum(QUEUE_SORTS).catch('newest').default('newest'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type QueueFilters = z.output<typeof queueFiltersSchema>;

export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return queueFiltersSchema.parse(single);
}

/** The address of the queue with these filters, one of them changed: for links that keep the rest. */
export function queueHref(filters: Partial<QueueFilters>, change: Partial<QueueFilters> = {}): string {
  const merged = { ...filters, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'sort' && value === 'newest')) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/coordinate?${text}` : '/coordinate';
}
