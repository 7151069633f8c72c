import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './lib/i18n/routing';
import { limitRegister, registerLocale } from './lib/public/register-rate-limit';
import { securityProxy } from './lib/security/proxy';

// Picks /en or /es for "/" from Accept-Language and keeps every page under its locale prefix; around it,
// the security headers and refusals of lib/security/proxy.ts.
const pages = securityProxy(createMiddleware(routing));

// The register with a query (filters, search, paging) is rendered per request, so each address's searches
// count against its allowance (lib/public/register-rate-limit.ts). Nothing else is done to it: it keeps the
// public pages' headers from next.config.js, like its stored twin without a query.
const registerSearch = limitRegister(() => NextResponse.next());

export default function proxy(request: NextRequest) {
  const plainRead = !request.headers.has('next-action') && !request.headers.has('x-middleware-subrequest');
  if (plainRead && registerLocale(request.nextUrl.pathname)) return registerSearch(request);
  return pages(request);
}

// Public pages are NOT matched: they are stored HTML served without running any code per request, with
// their headers from next.config.js (lib/security/csp.ts explains their policy); the register's searches
// are, for their rate limit only. Next.js reads this object without running the module, so it must be
// literal: test/rendering-modes.test.ts checks which addresses it takes, and that the register's query
// parameters here are next.config.js's.
export const config = {
  matcher: [
    // "/" and any address without a locale prefix, which next-intl sends to /en or /es.
    '/((?!api|_next|_vercel|en(?:/|$)|es(?:/|$)|.*\\..*).*)',
    // The pages of a signed-in person or of a credential: rendered per request, each with its own nonce.
    '/:locale(en|es)/:section(account|coordinate|admin|submit|sign-in|sign-up|forgot-password|reset-password|verify-email|accept-invitation|outbox|unsubscribe)/:path*',
    // next-auth's endpoints, for the cross-origin check only (lib/security/request-guard.ts).
    '/api/auth/:path*',
    // A server action, whichever page it is posted to, and the middleware-bypass header anywhere.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'x-middleware-subrequest' }] },
    // The register with any of its query parameters (next.config.js QUERY_PARAMETERS.recommendations).
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'q' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'pillar' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'status' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'sector' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'country' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'meeting' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'cosigned' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(en|es)/recommendations', has: [{ type: 'query', key: 'per_page' }] },
  ],
};
