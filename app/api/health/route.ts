/**
 * Liveness for load balancers, and the benchmark's baseline: the cheapest dynamic response this
 * server can give (no database, no session), against which every page's throughput is compared.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
