/**
 * "Download my data": the signed-in person's data as a JSON file (lib/accounts/export-data.ts). The
 * session is checked here, on every request, as on every signed-in page; nobody else's data can be
 * asked for, since the request names no one. Never stored by a browser or a shared cache.
 */
import { exportPersonalData } from '@/lib/accounts/export-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in', route: 'account.export' });
    return Response.json({ error: 'not_signed_in' }, { status: 401, headers: PRIVATE });
  }
  const data = exportPersonalData(user.id);
  if (!data) return Response.json({ error: 'not_signed_in' }, { status: 401, headers: PRIVATE });
  logEvent('account.data_exported', { userId: user.id });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="hled-my-data-${day}.json"`,
    },
  });
}
