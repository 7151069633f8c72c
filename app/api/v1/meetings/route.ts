import { badParameters, publicGet } from '@/lib/public/api/http';
import { listBody, pageOf } from '@/lib/public/api/list';
import { pagingFields, parseQuery } from '@/lib/public/query-params';
import { meetingResource } from '@/lib/public/api/resources';
import { listMeetings } from '@/lib/record/meetings';

export const GET = publicGet((request) => {
  const query = parseQuery(new URL(request.url).searchParams, pagingFields);
  if (!query.ok) return badParameters(query.problems);
  const list = pageOf(listMeetings(), query.values.page, query.values.per_page);
  return Response.json(listBody(request, list.items.map(meetingResource), list));
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
