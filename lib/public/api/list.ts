/**
 * Lists in the API: their parameters, checked strictly like the register's (an unknown or malformed
 * parameter is a 400 that names it), and one envelope, `{ data, meta, links }`.
 */
import { z } from 'zod';
import { INITIATIVE_STATES } from '@/db/schema/record';
import { API_MAX_PER_PAGE, type ParameterProblem } from '@/lib/public/register-filters';
import { absoluteUrl } from './urls';

/** Small lists (pillars, initiatives, meetings) fit on one page by default. */
export const LIST_DEFAULT_PER_PAGE = API_MAX_PER_PAGE;

export const pagingFields = {
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(1_000_000, 'is too large'),
  per_page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(API_MAX_PER_PAGE, `must be at most ${API_MAX_PER_PAGE}`),
};

export const initiativeListFields = {
  ...pagingFields,
  pillar: z.string().regex(/^[a-z0-9-]{1,100}$/, 'must be a slug: lowercase letters, digits and hyphens'),
  state: z.enum(INITIATIVE_STATES),
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

export type Paging = { total: number; page: number; perPage: number };

/** A page past the last one is answered with the last page, as the register does. */
export function pageOf<T>(all: T[], page = 1, perPage = LIST_DEFAULT_PER_PAGE): { items: T[] } & Paging {
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  const current = Math.min(page, pages);
  return { items: all.slice((current - 1) * perPage, current * perPage), total: all.length, page: current, perPage };
}

/** The list envelope; links keep the request's other parameters and change only `page`. */
export function listBody(request: Request, data: unknown[], paging: Paging, extraMeta: Record<string, unknown> = {}) {
  const url = new URL(request.url);
  const pages = Math.max(1, Math.ceil(paging.total / paging.perPage));
  const link = (page: number) => {
    const query = new URLSearchParams(url.searchParams);
    if (page === 1) query.delete('page');
    else query.set('page', String(page));
    return absoluteUrl(url.pathname, query);
  };
  return {
    data,
    meta: { total: paging.total, page: paging.page, per_page: paging.perPage, pages, ...extraMeta },
    links: {
      self: link(paging.page),
      next: paging.page < pages ? link(paging.page + 1) : null,
      prev: paging.page > 1 ? link(paging.page - 1) : null,
    },
  };
}
