import { apiError, publicGet } from '@/lib/public/api/http';
import { initiativeRecommendations } from '@/lib/public/api/record';
import { initiativeDetailResource } from '@/lib/public/api/resources';
import { getInitiative } from '@/lib/record/initiatives';

export const GET = publicGet<{ slug: string }>((_request, { slug }) => {
  const found = getInitiative(slug);
  if (!found) return apiError(404, `No initiative has the slug "${slug}".`);
  return Response.json({ data: initiativeDetailResource(found, initiativeRecommendations(slug)) });
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
