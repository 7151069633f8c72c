/**
 * What every open-data response shares (the /api/v1 endpoints, the CSV export and the Atom feed), in
 * one wrapper: a rate limit per address, CORS for any origin (the data is public and no request carries
 * credentials), an ETag with 304 for an unchanged body, a short public cache, and errors that never show
 * a stack trace. Route files export `publicGet(handler)` as GET and the methods below.
 */
import { createHash } from 'node:crypto';
import { logEvent } from '@/lib/log';
import type { UnknownValue } from '@/lib/public/register';
import type { ParameterProblem } from '@/lib/public/query-params';
import { takeRequest, tooManyRequestsMessage, type Quota, type RateLimiter } from './rate-limit';

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
// A browser and a shared cache (CDN, nginx: docs/deploy.md) may keep an answer a minute, and a shared
// cache may serve it a minute longer while it fetches a fresh one; a hidden item's own answer is purged
// from the shared cache at once (lib/page-store/purge.mjs), lists follow within these times.
const CACHE = 'public, max-age=60, s-maxage=60, stale-while-revalidate=60';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  // Without this a browser script could not read the validators and quota it is meant to use.
  'Access-Control-Expose-Headers': 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition',
  'X-Content-Type-Options': 'nosniff',
};

export type ErrorStatus = 400 | 404 | 405 | 429 | 500;

/** The one error shape of the API: `{ error: { status, message, problems? } }`. */
export function apiError(status: ErrorStatus, message: string, problems?: ParameterProblem[], headers?: HeadersInit): Response {
  return Response.json({ error: { status, message, ...(problems ? { problems } : {}) } }, { status, headers });
}

export function badParameters(problems: ParameterProblem[]): Response {
  const names = problems.map((p) => p.parameter).join(', ');
  return apiError(400, `Some parameters are not valid: ${names}.`, problems);
}

/** A pillar or meeting filter that names nothing is a bad parameter, not an empty list: it is likely a typo. */
export function unknownFilter({ unknown, value }: UnknownValue): Response {
  return badParameters([
    { parameter: unknown, message: `names no ${unknown}: "${value}" (the ${unknown}s are listed at /api/v1/${unknown}s)` },
  ]);
}

export type PublicGetOptions = {
  /** The ETag needs the whole body; a streamed body (the CSV) goes without. */
  etag?: boolean;
  /** The allowances in the app's database by default; a test brings its own. */
  limiter?: RateLimiter;
  /** API_RATE_LIMIT_PER_MINUTE by default. */
  perMinute?: number;
};

type Handler<P> = (request: Request, params: P) => Response | Promise<Response>;

export function publicGet<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>, options: PublicGetOptions = {}) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const quota = takeRequest('api', request.headers, options);
    const response = quota.allowed ? await run(handler, request, context) : tooManyRequests(quota);
    decorate(response.headers, response.status, quota);
    if (options.etag === false || response.status !== 200) return response;
    return withEtag(request, response);
  };
}

async function run<P>(handler: Handler<P>, request: Request, context: { params: Promise<P> }): Promise<Response> {
  try {
    return await handler(request, await context.params);
  } catch (error) {
    logEvent('api.error', {
      path: new URL(request.url).pathname,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    return apiError(500, 'Something went wrong on our side; please try again later.');
  }
}

function tooManyRequests(quota: Quota): Response {
  return apiError(429, tooManyRequestsMessage(quota), undefined, { 'Retry-After': String(quota.retryAfterSeconds) });
}

function decorate(headers: Headers, status: number, quota: Quota) {
  for (const [name, value] of Object.entries(corsHeaders)) headers.set(name, value);
  // Found and not-found answers may be cached briefly; refusals and failures are about this moment.
  headers.set('Cache-Control', status === 200 || status === 404 ? CACHE : 'no-store');
  headers.set('RateLimit-Limit', String(quota.limit));
  headers.set('RateLimit-Remaining', String(quota.remaining));
  headers.set('RateLimit-Reset', String(quota.resetSeconds));
}

async function withEtag(request: Request, response: Response): Promise<Response> {
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = new Headers(response.headers);
  headers.set('ETag', etag);
  if (matches(request.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: response.status, headers });
}

/** RFC 9110 13.1.2: If-None-Match uses the weak comparison, so W/"x" matches "x". */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** CORS preflight, and the answer to "what may I do here". Not rate limited: it reads nothing. */
export function OPTIONS(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}

/**
 * Next answers a method a route does not export with a bare 405 and no Allow header, which RFC 9110
 * 15.5.6 requires; routes export this for the methods that would change something.
 */
function methodNotAllowed(): Response {
  return apiError(405, 'This API is read-only: use GET.', undefined, { ...corsHeaders, Allow: ALLOWED_METHODS });
}

export { methodNotAllowed as DELETE, methodNotAllowed as PATCH, methodNotAllowed as POST, methodNotAllowed as PUT };

/** The answer to an address under /api that no route has, whatever the method: JSON like every other error. */
export function unknownPath(request: Request): Response {
  const { pathname } = new URL(request.url);
  return apiError(404, `Nothing is at ${pathname}. The open data's addresses are listed in /api/v1/openapi.json.`, undefined, corsHeaders);
}
