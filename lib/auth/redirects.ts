/** A path on this site to go to after signing in, or the fallback: never another site (ASVS 5.1.5). */
export function safeRedirectPath(candidate: string | null | undefined, fallback: string): string {
  if (!candidate) return fallback;
  // Only absolute paths of this site: "/x", not "//evil.example", "/\evil.example" or "https://...".
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  return candidate;
}

/** The longest return path carried through sign-up and an e-mailed link; a real page's address is far shorter. */
export const RETURN_PATH_MAX_LENGTH = 512;

/**
 * A page of this site, in one of its languages, to return to after confirming an e-mail address: only a
 * relative path under /en or /es (with its query), never another host, or null. It travels in an e-mailed
 * link, so anyone could write one: it is checked again wherever it is read.
 */
export function safeReturnPath(candidate: string | null | undefined): string | null {
  if (!candidate || candidate.length > RETURN_PATH_MAX_LENGTH || candidate.includes('\\')) return null;
  const path = safeRedirectPath(candidate, '');
  return /^\/(en|es)(?=$|[/?#])/.test(path) && !path.startsWith('//') ? path : null;
}
