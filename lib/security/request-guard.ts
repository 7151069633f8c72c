/**
 * Requests the proxy refuses before anything else runs.
 *
 * - `x-middleware-subrequest`: the header behind CVE-2025-29927 (middleware bypass). Next.js 16 no
 *   longer reads or sends it at all (removed in vercel/next.js#77474; no file of next/dist mentions
 *   it), so a request carrying it can only come from outside and is refused. Other internal headers
 *   (`x-middleware-rewrite`, `x-nextjs-data`, ...) are stripped by Next.js itself
 *   (server/lib/server-ipc/utils.js `filterInternalHeaders`) and are left to it: the Pages Router's
 *   client sends `x-nextjs-data` legitimately.
 * - A state-changing request whose Origin is another site (ASVS 4.2.2 / 5.0 3.5.1). Next.js makes the
 *   same check for server actions (app-render/action-handler.js: Origin host against X-Forwarded-Host,
 *   else Host); doing it here too covers next-auth's POST endpoints, which no framework check covers,
 *   and makes the rule testable without a running server. Like Next.js, a request with no Origin at all
 *   passes: browsers send Origin on every cross-site POST, so such a request carries no one's cookies
 *   by accident; SameSite=Lax and each action's own authorization still apply to it.
 */
export type RequestRefusal = { status: 403; reason: 'internal_header' | 'cross_origin' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed, as Next.js reads it: the first X-Forwarded-Host, else Host. */
function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || headers.get('host') || '').toLowerCase() || null;
}

export function isCrossOrigin(headers: Headers): boolean {
  if (headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    // "null" (sandboxed frames, some redirects) is no host at all.
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const host = addressedHost(headers);
  return !originHost || !host || originHost !== host;
}

export function refuseRequest(method: string, headers: Headers): RequestRefusal | null {
  if (headers.has('x-middleware-subrequest')) return { status: 403, reason: 'internal_header' };
  if (!SAFE_METHODS.has(method.toUpperCase()) && isCrossOrigin(headers)) return { status: 403, reason: 'cross_origin' };
  return null;
}
