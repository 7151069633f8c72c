/**
 * The "someone may be signed in here" hint: a readable cookie, no secret in it. Public pages are the same
 * stored HTML for everyone, so their header is rendered signed out and a small client component
 * (components/UserNav.tsx) asks /api/me who is signed in, but only when this cookie is present, so an
 * anonymous visitor costs the server nothing more than the stored page.
 *
 * The hint may be wrong without harm: it only decides whether to ask. It is set when a sign-in succeeds
 * (the sign-in form), by the proxy on any signed-in page it sees with a session cookie, and by /api/me;
 * it is cleared on sign-out and by /api/me when the session is gone (expired, signed out elsewhere,
 * account deactivated). Authorization never reads it.
 */
export const SESSION_HINT_COOKIE = 'hled-signed-in';

/** What /api/me answers: which of the header's links to show, nothing more. */
export type Me = { signedIn: false } | { signedIn: true; mayTriage: boolean; admin: boolean };

/** As long as a session can last (lib/auth/options.ts: 12 hours). */
export const SESSION_HINT_MAX_AGE_S = 12 * 60 * 60;

/** The Set-Cookie value (and the document.cookie assignment) that sets or clears the hint. */
export function sessionHintCookie(signedIn: boolean, secure: boolean): string {
  const flags = `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  return signedIn
    ? `${SESSION_HINT_COOKIE}=1; Max-Age=${SESSION_HINT_MAX_AGE_S}; ${flags}`
    : `${SESSION_HINT_COOKIE}=; Max-Age=0; ${flags}`;
}

export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=1`));
}

/** In the browser, after a successful sign-in (true) or on sign-out (false). */
export function setSessionHint(signedIn: boolean): void {
  document.cookie = sessionHintCookie(signedIn, window.location.protocol === 'https:');
}
