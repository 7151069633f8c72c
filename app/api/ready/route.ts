/**
 * Readiness for load balancers and orchestrators: 200 when the database answers a read and carries every
 * migration this code ships, 503 otherwise (db/readiness.ts). /api/health stays the liveness check.
 */
import { getDb } from '@/db/client';
import { checkReadiness } from '@/db/readiness';

export const dynamic = 'force-dynamic';

export function GET() {
  const readiness = checkReadiness(getDb);
  const body = readiness.ready
    ? { status: 'ready', migrations: readiness.migrations }
    : { status: 'not_ready', reason: readiness.reason, migrations: readiness.migrations };
  return Response.json(body, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
