import { badParameters, publicGet } from '@/lib/public/api/http';
import { listBody, pageOf } from '@/lib/public/api/list';
import { pagingFields, parseQuery } from '@/lib/public/query-params';
import { publicPillars } from '@/lib/public/api/record';
import { pillarResource } from '@/lib/public/api/resources';

export const GET = publicGet((request) => {
  const query = parseQuery(new URL(request.url).searchParams, pagingFields);
  if (!query.ok) return badParameters(query.problems);
  const list = pageOf(publicPillars(), query.values.page, query.values.per_page);
  return Response.json(
    listBody(
      request,
      list.items.map(({ pillar, ...counts }) => pillarResource(pillar, counts)),
      list,
    ),
  );
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
