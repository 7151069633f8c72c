import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { securityProxy } from './lib/security/proxy';

// Picks /en or /es for "/" from Accept-Language and keeps every page under its locale prefix; around it,
// the security headers and refusals of lib/security/proxy.ts.
export default securityProxy(createMiddleware(routing));

// Public pages are NOT matched: they are stored HTML served without running any code per request, with
// their headers from next.config.js (lib/security/csp.ts explains their policy). test/security/headers.test.ts
// checks which addresses this matcher takes.
export const config = {
  matcher: [
    // "/" and any address without a locale prefix, which next-intl sends to /en or /es.
    '/((?!api|_next|_vercel|en(?:/|$)|es(?:/|$)|.*\\..*).*)',
    // The pages of a signed-in person or of a credential: rendered per request, each with its own nonce.
    '/:locale(en|es)/:section(account|coordinate|admin|submit|sign-in|sign-up|forgot-password|reset-password|verify-email|accept-invitation|outbox)/:path*',
    // next-auth's endpoints, for the cross-origin check only (lib/security/request-guard.ts).
    '/api/auth/:path*',
    // A server action, whichever page it is posted to, and the middleware-bypass header anywhere.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'x-middleware-subrequest' }] },
  ],
};
