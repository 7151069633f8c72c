/**
 * Uploading a position paper (multipart: `ref`, `file`). A route handler, so the size limit is this
 * route's own (MAX_UPLOAD_REQUEST_BYTES), not every server action's: the body is read up to the limit
 * and refused with 413 past it, whatever Content-Length claimed. Same-origin only; the session is
 * checked on every request; the use case checks the item is the caller's and still editable.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import { addAttachment } from '@/lib/attachments/add-attachment';
import { MAX_UPLOAD_REQUEST_BYTES } from '@/lib/attachments/limits';
import { isSameOrigin, readLimitedBody } from '@/lib/http/route-body';
import { logEvent } from '@/lib/log';
import { changing, recommendationPages } from '@/lib/page-store/refresh';
import { Refusal } from '@/lib/refusal';
import { REFERENCE_PATTERN } from '@/lib/validation/fields';
import { privateJson } from '@/lib/http/private-response';

export const dynamic = 'force-dynamic';

const refuse = (error: string, status: number) => privateJson({ error }, status);

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refuse('forbidden', 403);
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in', route: 'attachments.upload' });
    return refuse('notSignedIn', 401);
  }
  const body = await readLimitedBody(request, MAX_UPLOAD_REQUEST_BYTES);
  if (!body) return refuse('fileTooLarge', 413);
  let form: FormData;
  try {
    form = await new Response(Uint8Array.from(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return refuse('invalid', 400);
  }
  const ref = form.get('ref');
  const file = form.get('file');
  if (typeof ref !== 'string' || !REFERENCE_PATTERN.test(ref)) return refuse('invalid', 400);
  if (!(file instanceof File)) return refuse('fileMissing', 400);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const added = await changing(recommendationPages(ref), () => addAttachment(user, ref, { name: file.name, bytes }));
    return privateJson(added, 201);
  } catch (error) {
    if (error instanceof Refusal) {
      logEvent('action.refused', { code: error.code, userId: user.id, role: user.role, route: 'attachments.upload' });
      return refuse(error.code, error.code === 'notFound' ? 404 : error.code === 'fileTooLarge' ? 413 : 422);
    }
    throw error;
  }
}
