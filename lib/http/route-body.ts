/**
 * For route handlers that take a body larger than a server action's (next.config.js `bodySizeLimit`): the
 * body is read up to the route's own limit and refused past it, whatever Content-Length claimed, and only
 * a request from this site's own pages is accepted (the check server actions get from Next.js).
 */

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

/** True when the request's Origin names this host: a form or script of another site is refused. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin === null || host === null || !URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}
