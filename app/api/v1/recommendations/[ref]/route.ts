import { apiError, publicGet } from '@/lib/public/api/http';
import { recommendationDetailResource } from '@/lib/public/api/resources';
import { getPublicRecommendation } from '@/lib/public/recommendation';

export const GET = publicGet<{ ref: string }>((_request, { ref }) => {
  // Hidden and confidential items are not in the public view, so they get the same 404 as a ref never issued.
  const found = getPublicRecommendation(ref);
  if (!found) return apiError(404, `No public recommendation has the reference "${ref}".`);
  return Response.json({ data: recommendationDetailResource(found) });
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
