/**
 * "Download my data": the signed-in person's data as a JSON file (lib/accounts/export-data.ts). The
 * session is checked here, on every request, as on every signed-in page; nobody else's data can be
 * asked for, since the request names no one. Never stored by a browser or a shared cache.
 */
import { exportPersonalData } from '@/lib/accounts/export-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { privateJson, PRIVATE_HEADERS } from '@/lib/http/private-response';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    logEvent('authz.refused', { reason: 'not_signed_in', route: 'account.export' });
    return privateJson({ error: 'not_signed_in' }, 401);
  }
  const data = exportPersonalData(user.id);
  if (!data) return privateJson({ error: 'not_signed_in' }, 401);
  logEvent('account.data_exported', { userId: user.id });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="hled-my-data-${day}.json"`,
    },
  });
}
