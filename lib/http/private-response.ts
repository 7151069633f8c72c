/**
 * Answers of route handlers that serve one signed-in person (their data, their upload, a coordinator's
 * export): never kept by a browser's or a proxy's cache, never shared between people.
 */
export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store' } as const;

/** A JSON answer with PRIVATE_HEADERS. */
export function privateJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE_HEADERS });
}
