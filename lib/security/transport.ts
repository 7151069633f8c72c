/**
 * Whether the site is served over https, decided from its configured address, the one place both the
 * session cookie (lib/auth/options.ts) and the transport headers (proxy, next.config.js) ask. A local
 * `next start` on http://localhost (the end-to-end tests) is not https: no Secure cookies, no HSTS and
 * no upgrade-insecure-requests there, or the browser would drop the cookie and upgrade every request.
 */
export type SiteEnv = {
  NODE_ENV?: string;
  APP_URL?: string;
  NEXTAUTH_URL?: string;
};

/** The site's address: APP_URL, else NEXTAUTH_URL, the same order as publicBaseUrl (lib/config.ts). */
export function siteUsesHttps(env: SiteEnv = process.env): boolean {
  const url = env.APP_URL?.trim() || env.NEXTAUTH_URL?.trim() || '';
  return url.toLowerCase().startsWith('https://');
}

/** Two years, with subdomains (ASVS 14.4.5 / 5.0 3.4.1: at least a year, includeSubDomains at L2). */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/**
 * HSTS only in production and only for an https site. Browsers ignore the header over http anyway,
 * but sending it from a production build that is later put behind https on the same host name would
 * pin that host to https for two years: it is sent only when the address says https.
 */
export function strictTransportSecurity(env: SiteEnv = process.env): string | null {
  return env.NODE_ENV === 'production' && siteUsesHttps(env) ? HSTS_VALUE : null;
}
