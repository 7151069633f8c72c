import type { RequestRecord } from '@/lib/server/hooks';
import { metrics } from './registry';
import { routeGroup, statusClass } from './route-group';

/** Counts one finished request: its duration by route group and status class, and a stored page's cache result. */
export function observeRequest(request: RequestRecord): void {
  const set = metrics();
  const route = routeGroup(request.url, request.action);
  set.requests.observe({ route, status: statusClass(request.status, request.completed) }, request.seconds);
  if (request.cache) set.pageCache.inc({ route, result: request.cache.toUpperCase().slice(0, 12) });
}
