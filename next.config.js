// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/**
 * The Content Security Policy of lib/security/csp.ts, written again here because next.config.js cannot
 * import TypeScript; test/security/headers.test.ts checks the two never drift.
 * `inlineScripts`: public pages (stored HTML), which hydrate from Next.js's inline scripts and cannot
 * carry a per-request nonce. Without it: what runs no inline script (/api, /_next, files).
 */
function contentSecurityPolicy({ inlineScripts, development, https }) {
  const script = ["'self'", ...(inlineScripts ? ["'unsafe-inline'"] : []), ...(development ? ["'unsafe-eval'"] : [])];
  return [
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
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * Headers every response carries (ASVS 14.4). The pages the proxy handles (signed-in and account pages,
 * lib/security/proxy.ts) get a policy with a per-request nonce from it, which replaces the one here.
 * HSTS follows lib/security/transport.ts (production and an https address); note that next.config.js
 * headers are fixed when `next build` runs, so build with APP_URL/NEXTAUTH_URL set to the https address
 * for HSTS on public pages, /api and files (the proxy decides at run time for its pages).
 */
const ATTACHMENT_CSP = "default-src 'none'; sandbox";

function securityHeaders(env = process.env) {
  const https = /^https:\/\//i.test((env.APP_URL || env.NEXTAUTH_URL || '').trim());
  const development = env.NODE_ENV === 'development';
  const everywhere = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ inlineScripts: false, development, https }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    ...(env.NODE_ENV === 'production' && https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
  const pages = [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ inlineScripts: true, development, https }) }];
  // A later rule's header replaces an earlier one's of the same name.
  return [
    { source: '/:path*', headers: everywhere },
    { source: '/:locale(en|es)', headers: pages },
    { source: '/:locale(en|es)/:path*', headers: pages },
    // Attachments (app/api/attachments/[id]): a file opened in a tab despite the download header runs nothing.
    { source: '/api/attachments/:path*', headers: [{ key: 'Content-Security-Policy', value: ATTACHMENT_CSP }] },
  ];
}

/**
 * Public pages that also take a query (filters, search, paging): without one they are stored pages;
 * with one of these parameters they are rendered per request by a twin page at `<page>/filtered`. The
 * address stays the one the visitor sees and shares. test/rendering-modes.test.ts checks these lists
 * against the parameters each page reads.
 */
const QUERY_PARAMETERS = {
  recommendations: ['q', 'pillar', 'status', 'sector', 'country', 'meeting', 'cosigned', 'sort', 'page', 'per_page'],
  decisions: ['pillar', 'meeting', 'before'],
  'you-said-we-did': ['meeting', 'pillar', 'page'],
};

function queryRewrites() {
  return Object.entries(QUERY_PARAMETERS).flatMap(([page, parameters]) =>
    parameters.map((key) => ({
      source: `/:locale(en|es)/${page}`,
      has: [{ type: /** @type {const} */ ('query'), key }],
      destination: `/:locale/${page}/filtered`,
    })),
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return securityHeaders();
  },
  async rewrites() {
    return { beforeFiles: queryRewrites(), afterFiles: [], fallback: [] };
  },
  // Stored pages live in a bounded store that shares invalidations between processes (lib/page-store).
  cacheHandler: require.resolve('./lib/page-store/handler.mjs'),
  cacheMaxMemorySize: 0,
  // How long a shared cache (CDN, nginx) may keep serving a stored page while it fetches a fresh one:
  // the `stale-while-revalidate` of its Cache-Control is this minus the page's `revalidate`. Privacy
  // changes do not wait for it: docs/deploy.md says what to purge.
  expireTime: 86_400,
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Stored pages get their ETag (and 304s) from the app's server instead (scripts/lib/body-etag.mjs): Next.js
  // hashes each page in JavaScript on every request, a quarter of a large stored page's CPU time.
  generateEtags: false,
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
