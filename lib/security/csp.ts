/**
 * The Content Security Policy (ASVS 14.4.3 / 5.0 3.4.3), in two forms:
 *
 * - Pages rendered per request for a signed-in person or a credential (account, submit, coordinate,
 *   admin, sign-in and the other account pages, `/`): a fresh nonce from the proxy. Next.js reads it
 *   from the request's Content-Security-Policy header and puts it on its own scripts
 *   (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md); 'strict-dynamic' lets
 *   those scripts load the chunks they need; nothing else may run.
 * - Public pages (stored HTML, and the register's filtered views next to it): a fixed policy with
 *   `script-src 'self' 'unsafe-inline'`. A stored page is the same bytes for every visitor, so it cannot
 *   carry a per-request nonce (replaying one defeats it), and Next.js's App Router hydrates from inline
 *   `self.__next_f.push(...)` scripts that no hash can cover today (experimental.sri hashes external
 *   chunks only). What keeps submitted text from running there is React's escaping: no page renders
 *   markup from data. README's security section records the trade-off.
 *
 * Responses that run no inline script (API, files, Next's chunks) get the same policy with neither.
 * Styles allow 'unsafe-inline': React and Next.js may set style attributes, which a nonce cannot cover
 * (and a nonce in style-src would disable 'unsafe-inline'). Style injection cannot run code.
 */
export type PolicyOptions = {
  /** The request's nonce; null for responses the proxy does not see. */
  nonce: string | null;
  /** Public pages: inline scripts allowed (Next's hydration data), no nonce. */
  inlineScripts?: boolean;
  /** `next dev`: React rebuilds server error stacks with eval, so development needs 'unsafe-eval'. */
  development: boolean;
  /** upgrade-insecure-requests only on an https site; on http://localhost it would break every request. */
  https: boolean;
};

/** 128 random bits, base64: what the CSP nonce grammar accepts and Next.js' nonce pattern reads. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, inlineScripts = false, development, https }: PolicyOptions): string {
  if (nonce && inlineScripts) throw new Error('a nonce and inline scripts exclude each other: the nonce would disable unsafe-inline');
  const script = ["'self'"];
  if (nonce) script.push(`'nonce-${nonce}'`, "'strict-dynamic'");
  if (inlineScripts) script.push("'unsafe-inline'");
  if (development) script.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
