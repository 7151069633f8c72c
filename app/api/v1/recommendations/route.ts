import { badParameters, publicGet, unknownFilter } from '@/lib/public/api/http';
import { listBody } from '@/lib/public/api/list';
import { recommendationResource } from '@/lib/public/api/resources';
import { searchRegister } from '@/lib/public/register';
import { parseRegisterFiltersStrict } from '@/lib/public/register-filters';

/** The register: same filters, search and order as the page, with facet counts in `meta.facets`. */
export const GET = publicGet((request) => {
  const parsed = parseRegisterFiltersStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badParameters(parsed.problems);
  const result = searchRegister(parsed.filters);
  if ('unknown' in result) return unknownFilter(result);
  const body = listBody(request, result.items.map(recommendationResource), result, { facets: result.facets });
  return Response.json(body);
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
