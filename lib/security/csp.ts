/**
 * The Content Security Policy (ASVS 14.4.3 / 5.0 3.4.3). Pages get a fresh nonce per request from the
 * proxy: Next.js reads it from the request's Content-Security-Policy header and puts it on its own
 * scripts (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md), which works
 * because every page under app/[locale] is rendered per request (`dynamic = 'force-dynamic'`).
 * 'strict-dynamic' lets those scripts load the chunks they need; nothing else may run.
 *
 * Styles allow 'unsafe-inline': React and Next.js may set style attributes, which a nonce cannot
 * cover (and a nonce in style-src would disable 'unsafe-inline'). Style injection cannot run code.
 */
export type PolicyOptions = {
  /** The request's nonce; null for responses the proxy does not see (API, files), which run no inline script. */
  nonce: string | null;
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

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const script = ["'self'"];
  if (nonce) script.push(`'nonce-${nonce}'`, "'strict-dynamic'");
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
