import { apiError, publicGet } from '@/lib/public/api/http';
import { meetingRecommendations } from '@/lib/public/api/record';
import { meetingDetailResource } from '@/lib/public/api/resources';
import { getMeeting } from '@/lib/record/meetings';

export const GET = publicGet<{ slug: string }>((_request, { slug }) => {
  const found = getMeeting(slug);
  if (!found) return apiError(404, `No meeting has the slug "${slug}".`);
  return Response.json({ data: meetingDetailResource(found, meetingRecommendations(found.meeting.id)) });
});

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
