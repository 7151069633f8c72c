/**
 * The name of next-auth's session cookie. On an https site it carries the `__Host-` prefix: the
 * browser then accepts it only with Secure, Path=/ and no Domain, so no subdomain can set or
 * overwrite it (ASVS 3.4.4 / 5.0 3.3.3). On http (local runs, the end-to-end tests) it has no prefix,
 * since a prefixed cookie is never stored without Secure.
 */
const BASE_NAME = 'next-auth.session-token';

export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${BASE_NAME}` : BASE_NAME;
}

/** Any of the names next-auth may use, chunked (`.0`, `.1`) when the token is large. */
const SESSION_COOKIE = /^(?:__Host-|__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE.test(name);
}
