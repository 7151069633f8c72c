/**
 * The coordinator's CSV of their pillars (lib/coordinate-csv/export.ts). The caller is checked on every
 * request: signed in, a coordinator or administrator, with two-step sign-in where it is required; the
 * rows are those of their own pillars only. Never stored by a browser or a shared cache.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import { mustSetUpTwoStep } from '@/lib/auth/mfa-policy';
import { mayTriage } from '@/lib/auth/permissions';
import { coordinatorCsv } from '@/lib/coordinate-csv/export';
import { logEvent } from '@/lib/log';
import { privateJson, PRIVATE_HEADERS } from '@/lib/http/private-response';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !mayTriage(user) || mustSetUpTwoStep(user)) {
    logEvent('authz.refused', {
      userId: user?.id ?? null,
      reason: user ? 'not_a_coordinator' : 'not_signed_in',
      route: 'coordinate.export',
    });
    return privateJson({ error: user ? 'forbidden' : 'not_signed_in' }, user ? 403 : 401);
  }
  const day = new Date().toISOString().slice(0, 10);
  logEvent('record.csv_exported', { userId: user.id });
  return new Response(coordinatorCsv(user), {
    headers: {
      ...PRIVATE_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="hled-initiatives-${day}.csv"`,
    },
  });
}
