/**
 * Lists in the API: their parameters (checked by lib/public/query-params.ts, like the register's: an
 * unknown or malformed parameter is a 400 that names it), and one envelope, `{ data, meta, links }`.
 */
import { z } from 'zod';
import { INITIATIVE_STATES } from '@/db/vocabulary';
import { API_MAX_PER_PAGE, pagingFields, slugParam } from '@/lib/public/query-params';
import { absoluteUrl } from './urls';

/** Small lists (pillars, initiatives, meetings) fit on one page by default. */
export const LIST_DEFAULT_PER_PAGE = API_MAX_PER_PAGE;

export const initiativeListFields = {
  ...pagingFields,
  pillar: slugParam,
  state: z.enum(INITIATIVE_STATES),
};

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
