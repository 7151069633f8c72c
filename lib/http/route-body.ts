/**
 * For route handlers that take a body larger than a server action's (next.config.js `bodySizeLimit`): the
 * body is read up to the route's own limit and refused past it, whatever Content-Length claimed, and only
 * a request from this site's own pages is accepted (the check server actions get from Next.js).
 */
import { isCrossOrigin } from '@/lib/security/request-guard';

/** The body's bytes, or null when it is (or claims to be) longer than `limit`. */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * True only when the request names its Origin and that origin is this site (the proxy's own check,
 * lib/security/request-guard.ts): a form or script of another site, or a request without an Origin, is refused.
 */
export function isSameOrigin(request: Request): boolean {
  return request.headers.get('origin') !== null && !isCrossOrigin(request.headers);
}
