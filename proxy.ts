import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { answerMissingItems } from './lib/public/missing-items';
import { limitRegister } from './lib/public/register-rate-limit';
import { securityProxy } from './lib/security/proxy';

// Picks /en or /es for "/" from Accept-Language and keeps every page under its locale prefix; around it,
// the security headers and refusals of lib/security/proxy.ts, the register's per-address limit and the
// 404 status of an item page that names nothing.
export default securityProxy(limitRegister(answerMissingItems(createMiddleware(routing))));

export const config = {
  matcher: [
    // Every page: everything except API routes, Next's own files and files with an extension (feed.xml, sitemap.xml, icons).
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // next-auth's endpoints, for the cross-origin check only (lib/security/request-guard.ts).
    '/api/auth/:path*',
  ],
};
