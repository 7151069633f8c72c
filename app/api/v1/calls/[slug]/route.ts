import { callDetailResource } from '@/lib/calls/api';
import { getPublicCall } from '@/lib/calls/read';
import { apiError, publicGet } from '@/lib/public/api/http';

export const GET = publicGet<{ slug: string }>((_request, { slug }) => {
  const found = getPublicCall(slug, new Date());
  if (!found) return apiError(404, `No call for input has the slug "${slug}".`);
  return Response.json({ data: callDetailResource(found) });
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
