/**
 * Query parameters of the open data, checked strictly: an unknown, repeated or malformed parameter is
 * a problem that names it (the API answers 400 with them). Shared by the register's filters and the
 * API's other lists.
 */
import { z } from 'zod';
import { slugReference } from '@/lib/validation/fields';

export const API_MAX_PER_PAGE = 100;

export type ParameterProblem = { parameter: string; message: string };

export const slugParam = slugReference('must be a slug: lowercase letters, digits and hyphens');

export const pagingFields = {
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(1_000_000, 'is too large'),
  per_page: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(API_MAX_PER_PAGE, `must be at most ${API_MAX_PER_PAGE}`),
};

type Fields = Record<string, z.ZodType>;
type Values<F extends Fields> = { [K in keyof F]?: z.output<F[K]> };

export function parseQuery<F extends Fields>(
  params: URLSearchParams,
  fields: F,
): { ok: true; values: Values<F> } | { ok: false; problems: ParameterProblem[] } {
  const known = Object.keys(fields);
  const problems: ParameterProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      problems.push({ parameter: key, message: `is not a parameter of this endpoint (known: ${known.join(', ') || 'none'})` });
    } else if (params.getAll(key).length > 1) {
      problems.push({ parameter: key, message: 'may be given once' });
    }
  }
  for (const key of known) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = fields[key]!.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else problems.push({ parameter: key, message: parsed.error.issues[0]?.message ?? 'is not valid' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values: values as Values<F> };
}
