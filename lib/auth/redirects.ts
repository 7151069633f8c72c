/** A path on this site to go to after signing in, or the fallback: never another site (ASVS 5.1.5). */
export function safeRedirectPath(candidate: string | null | undefined, fallback: string): string {
  if (!candidate) return fallback;
  // Only absolute paths of this site: "/x", not "//evil.example", "/\evil.example" or "https://...".
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  return candidate;
}
