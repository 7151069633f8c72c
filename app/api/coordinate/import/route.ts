/**
 * The coordinators' CSV import (`?mode=preview` writes nothing, `?mode=apply` writes all rows or none),
 * the file's text as the body. A route handler rather than a server action so that its size limit
 * (MAX_CSV_REQUEST_BYTES) is its own: every server action is held to 48 KB (next.config.js), and a
 * spreadsheet of a pillar's progress is larger. The same checks as the triage actions' client
 * (lib/actions/client.ts): same-origin, signed in, a coordinator or administrator, two-step sign-in set up
 * where it is required; the import checks each row's pillar against the caller's.
 * It answers in the shape of a next-safe-action result, so the form reads it like its other actions.
 */
import { refuseWithoutTwoStep } from '@/lib/actions/client';
import { getCurrentUser } from '@/lib/auth/current-user';
import { mayTriage } from '@/lib/auth/permissions';
import { IMPORT_MODES, MAX_CSV_CHARS, MAX_CSV_REQUEST_BYTES, runImport, type ImportMode } from '@/lib/coordinate-csv/run-import';
import { isSameOrigin, readLimitedBody } from '@/lib/http/route-body';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { privateJson } from '@/lib/http/private-response';

export const dynamic = 'force-dynamic';

const refuse = (code: string, status: number) => privateJson({ serverError: code }, status);

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refuse('forbidden', 403);
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in', route: 'coordinate.import' });
    return refuse('notSignedIn', 401);
  }
  if (!mayTriage(user)) {
    logEvent('authz.refused', { userId: user.id, role: user.role, reason: 'not_a_coordinator', route: 'coordinate.import' });
    return refuse('forbidden', 403);
  }
  const mode = new URL(request.url).searchParams.get('mode');
  if (!IMPORT_MODES.includes(mode as ImportMode)) return refuse('invalidInput', 400);
  const body = await readLimitedBody(request, MAX_CSV_REQUEST_BYTES);
  if (!body) return refuse('tooLarge', 413);
  const csv = new TextDecoder('utf-8', { fatal: false }).decode(body);
  if (csv.length === 0 || csv.length > MAX_CSV_CHARS)
    return refuse(csv.length === 0 ? 'invalidInput' : 'tooLarge', csv.length === 0 ? 400 : 413);
  try {
    refuseWithoutTwoStep(user);
    return privateJson({ data: await runImport(user, mode as ImportMode, csv) });
  } catch (error) {
    if (error instanceof Refusal) {
      logEvent('action.refused', { code: error.code, userId: user.id, role: user.role, route: 'coordinate.import' });
      return refuse(error.code, 403);
    }
    throw error;
  }
}
