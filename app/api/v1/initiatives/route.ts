import { badParameters, publicGet, unknownFilter } from '@/lib/public/api/http';
import { initiativeListFields, listBody, pageOf } from '@/lib/public/api/list';
import { parseQuery } from '@/lib/public/query-params';
import { publicInitiatives } from '@/lib/public/api/record';
import { initiativeResource } from '@/lib/public/api/resources';

export const GET = publicGet((request) => {
  const query = parseQuery(new URL(request.url).searchParams, initiativeListFields);
  if (!query.ok) return badParameters(query.problems);
  const { page, per_page, ...filter } = query.values;
  const rows = publicInitiatives(filter);
  if ('unknown' in rows) return unknownFilter(rows);
  const list = pageOf(rows, page, per_page);
  return Response.json(listBody(request, list.items.map(initiativeResource), list));
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
