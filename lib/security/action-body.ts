/**
 * Server-action bodies nested deeper than any form writes are refused before Next.js decodes them:
 * React's decodeReply costs about 1 ms for a body nested 4,000 deep but 8-17 ms from
 * 8,000 deep on (it overflows the stack), and the body limit in next.config.js (48 KB) still allows
 * 24,000. Our forms send objects of strings and arrays, at most 3 deep. Brackets are counted without
 * reading strings, so a text full of "[" could only be refused past 1,000 unclosed ones.
 */
export const MAX_ACTION_NESTING = 1000;

/** The deepest unclosed run of [ and { in the text. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 || code === 123) deepest = Math.max(deepest, ++depth);
    else if ((code === 93 || code === 125) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * For the proxy: a 400 answer to a server-action POST nested too deep, else null. A body past the action
 * limit is left to Next.js, which refuses it (413) without decoding.
 */
export async function refuseNestedActionBody(request: Request, limitBytes: number): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > limitBytes) return null;
  const text = await request.clone().text();
  if (text.length > limitBytes || nestingDepth(text) <= MAX_ACTION_NESTING) return null;
  return new Response('Bad Request', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}
