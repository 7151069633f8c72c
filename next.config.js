// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/**
 * Headers every response carries (ASVS 14.4; SECURITY.md 1, row 32). Pages get a stricter policy with a
 * per-request script nonce from the proxy (lib/security/proxy.ts), which replaces the CSP below; this one
 * covers what the proxy never sees: /api, /_next and files. It is the nonce-less policy of
 * lib/security/csp.ts, and test/security/headers.test.ts checks the two stay the same. HSTS follows
 * lib/security/transport.ts (production and an https address); note that next.config.js headers are
 * fixed when `next build` runs, so a build made without APP_URL/NEXTAUTH_URL sends HSTS only on pages
 * (the proxy decides at run time).
 */
function securityHeaders(env = process.env) {
  const https = /^https:\/\//i.test((env.APP_URL || env.NEXTAUTH_URL || '').trim());
  const policy = [
    "default-src 'self'",
    `script-src 'self'${env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    ...(env.NODE_ENV === 'production' && https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  experimental: {
    // Server actions: Next.js refuses a POST whose Origin is not this host. `serverActions.allowedOrigins`
    // would widen that to other hosts; it stays unset (test/security/headers.test.ts). The body limit is what
    // the largest form needs: the meeting form at every maximum, in 3-byte characters, is 38.7 KB
    // (test/security/largest-forms.ts). Next.js stops reading past it, so an anonymous, deeply nested body
    // costs at most the decoding of 48 KB instead of 1 MB (scripts/measure-action-bodies.ts).
    serverActions: { bodySizeLimit: '48kb' },
    // Addresses no route claims get app/global-not-found.tsx, a whole localized document (the root layout is
    // under [locale], so there is no root layout to compose a not-found page from).
    globalNotFound: true,
  },
  // `npm test` type-checks the whole project (tsc --noEmit) before it builds; checking again here would
  // only double the build time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

module.exports = withNextIntl(nextConfig);
