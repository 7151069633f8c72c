/**
 * The register's filters, one definition for the page (lenient: a malformed link still opens) and the
 * open-data API (strict: a bad parameter gets a 400 that names it).
 */
import { z } from 'zod';
import { COUNTRIES, SECTORS } from '@/db/vocabulary';
import { PUBLIC_STATUSES } from '@/lib/recommendations/lifecycle';
import { pagingFields, parseQuery, slugParam, type ParameterProblem } from './query-params';

export { PUBLIC_STATUSES };
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
export const REGISTER_SORTS = ['relevance', 'newest', 'oldest', 'updated', 'ref'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];
export const REGISTER_PAGE_SIZE = 25;
export const QUERY_MAX_LENGTH = 200;
/** `both`: among the submitter and the co-signers listed publicly, organizations of both the US and Mexico. */
export const COSIGNED_VALUES = ['both'] as const;
export type Cosigned = (typeof COSIGNED_VALUES)[number];

const fields = {
  q: z.string().trim().max(QUERY_MAX_LENGTH, `must be at most ${QUERY_MAX_LENGTH} characters`),
  pillar: slugParam,
  status: z.enum(PUBLIC_STATUSES as unknown as [PublicStatus, ...PublicStatus[]]),
  sector: z.enum(SECTORS),
  country: z.enum(COUNTRIES),
  meeting: slugParam,
  cosigned: z.enum(COSIGNED_VALUES),
  sort: z.enum(REGISTER_SORTS),
  ...pagingFields,
};

export type RegisterFilters = {
  q?: string;
  pillar?: string;
  status?: PublicStatus;
  sector?: (typeof SECTORS)[number];
  country?: (typeof COUNTRIES)[number];
  meeting?: string;
  cosigned?: Cosigned;
  sort: RegisterSort;
  page: number;
  perPage: number;
};

export const FILTER_PARAMS = Object.keys(fields) as (keyof typeof fields)[];
type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function build(values: Partial<Record<keyof typeof fields, unknown>>): RegisterFilters {
  const q = (values.q as string | undefined) || undefined;
  return {
    q,
    pillar: values.pillar as string | undefined,
    status: values.status as PublicStatus | undefined,
    sector: values.sector as RegisterFilters['sector'],
    country: values.country as RegisterFilters['country'],
    meeting: values.meeting as string | undefined,
    cosigned: values.cosigned as Cosigned | undefined,
    sort: (values.sort as RegisterSort | undefined) ?? (q ? 'relevance' : 'newest'),
    page: (values.page as number | undefined) ?? 1,
    perPage: (values.per_page as number | undefined) ?? REGISTER_PAGE_SIZE,
  };
}

/** For pages: a value that does not parse is dropped, as if the link had not set it. */
export function parseRegisterFiltersLenient(params: Params): RegisterFilters {
  const values: Partial<Record<keyof typeof fields, unknown>> = {};
  for (const key of FILTER_PARAMS) {
    const raw = first(params, key);
    if (raw === undefined || raw === '' || key === 'per_page') continue;
    const parsed = fields[key].safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
  }
  return build(values);
}

/** For the API: every parameter that does not parse is reported, and unknown ones too. */
export function parseRegisterFiltersStrict(
  params: URLSearchParams,
): { ok: true; filters: RegisterFilters } | { ok: false; problems: ParameterProblem[] } {
  const parsed = parseQuery(params, fields);
  return parsed.ok ? { ok: true, filters: build(parsed.values) } : parsed;
}

/** The query string for these filters with some changed; defaults are left out so links stay short. */
export function registerQuery(filters: Partial<RegisterFilters>, change: Partial<RegisterFilters> = {}): string {
  const merged = { ...filters, ...change };
  const query = new URLSearchParams();
  const defaultSort = merged.q ? 'relevance' : 'newest';
  for (const key of ['q', 'pillar', 'status', 'sector', 'country', 'meeting', 'cosigned', 'sort', 'page'] as const) {
    const value = merged[key];
    if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'sort' && value === defaultSort)) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
