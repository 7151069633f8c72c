import { callResource } from '@/lib/calls/api';
import { listPublicCalls } from '@/lib/calls/read';
import { badParameters, publicGet } from '@/lib/public/api/http';
import { listBody, pageOf } from '@/lib/public/api/list';
import { pagingFields, parseQuery } from '@/lib/public/query-params';

export const GET = publicGet((request) => {
  const query = parseQuery(new URL(request.url).searchParams, pagingFields);
  if (!query.ok) return badParameters(query.problems);
  const list = pageOf(listPublicCalls(new Date()), query.values.page, query.values.per_page);
  return Response.json(listBody(request, list.items.map(callResource), list));
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
