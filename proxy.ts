import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Picks /en or /es for "/" from Accept-Language and keeps every page under its locale prefix.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next's own files and files with an extension (feed.xml, sitemap.xml, icons).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
