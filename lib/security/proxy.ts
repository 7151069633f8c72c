/**
 * The security half of proxy.ts, around next-intl's locale routing: refuses hostile requests
 * (request-guard.ts), gives every page it sees a fresh CSP nonce, sends HSTS on an https production site
 * and marks signed-in and private pages as never to be stored by a browser or a shared cache
 * (ASVS 8.2.1 / 5.0 14.3.2).
 *
 * It sees only what proxy.ts's matcher sends it: "/" and unprefixed addresses (locale routing), the
 * pages of a signed-in person or a credential, next-auth's endpoints, and any server action. Public
 * pages never pass through it: they are stored HTML, and their headers (a fixed CSP included) come from
 * next.config.js, as do those of /api, /_next and files.
 *
 * The proxy is not an authorization layer: every page, action and route checks the caller itself.
 */
import { NextRequest, NextResponse } from 'next/server';
import { localeOfAddress, locales } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import { refuseNestedActionBody } from './action-body';
import { contentSecurityPolicy, createNonce } from './csp';
import { refuseRequest } from './request-guard';
import { isSessionCookie } from './session-cookie';
import { hasSessionHint, sessionHintCookie } from './session-hint';
import { siteUsesHttps, strictTransportSecurity, type SiteEnv } from './transport';

type PageHandler = (request: NextRequest) => Response | Promise<Response>;

/** The sections only a signed-in person reaches: never cached, whoever asks. */
const PRIVATE_SECTIONS = new RegExp(`^/(?:${locales.join('|')})/(?:account|coordinate|admin|submit|outbox)(?:/|$)`);

export const NO_STORE = 'private, no-store';

/** The request header next-intl's middleware sets for the render (next-intl's HEADER_LOCALE_NAME). */
export const NEXT_INTL_LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

/** The locale of an address's first segment (/es/account -> 'es'), or null. */

/** experimental.serverActions.bodySizeLimit in next.config.js (48 KB; checked by test/security/action-body-limit.test.ts). */
export const ACTION_BODY_LIMIT_BYTES = 48 * 1024;

export function mustNotBeStored(pathname: string, cookieNames: string[]): boolean {
  return PRIVATE_SECTIONS.test(pathname) || cookieNames.some(isSessionCookie);
}

function withTransportHeaders(response: Response, policy: string, env: SiteEnv): Response {
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(env);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

/** Keeps the readable session hint (session-hint.ts) in step with the session cookie the proxy sees. */
function syncSessionHint(request: NextRequest, response: Response, signedIn: boolean, env: SiteEnv) {
  if (signedIn !== hasSessionHint(request.headers.get('cookie') ?? ''))
    response.headers.append('Set-Cookie', sessionHintCookie(signedIn, siteUsesHttps(env)));
}

export function securityProxy(pageHandler: PageHandler, env: SiteEnv = process.env) {
  const development = env.NODE_ENV === 'development';
  return async function proxy(request: NextRequest): Promise<Response> {
    const refusal = refuseRequest(request.method, request.headers);
    if (refusal) {
      logEvent('request.refused', { reason: refusal.reason, method: request.method, path: request.nextUrl.pathname });
      return new NextResponse('Forbidden', {
        status: refusal.status,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': NO_STORE },
      });
    }
    // next-auth's endpoints are matched only for the check above; they render no page.
    if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
    const nested = await refuseNestedActionBody(request, ACTION_BODY_LIMIT_BYTES);
    if (nested) {
      logEvent('request.refused', { reason: 'action_body_nested_too_deep', method: request.method, path: request.nextUrl.pathname });
      return nested;
    }
    // A server action renders no document, so it needs no nonce and no locale routing. Locale routing
    // would also set next-intl's cookie on it, and Next.js treats a cookie set during an action as a
    // change that requires rendering the whole page again into the action's answer. But an action that
    // refreshes stored pages (revalidatePath) does answer with the page it was posted from, rendered
    // again: next-intl reads that render's language from the header its middleware sets, so it is set
    // here from the address (without the cookie), or a Spanish page comes back in English.
    if (request.headers.has('next-action')) {
      const forwarded = new Headers(request.headers);
      const locale = localeOfAddress(request.nextUrl.pathname);
      if (locale) forwarded.set(NEXT_INTL_LOCALE_HEADER, locale);
      else forwarded.delete(NEXT_INTL_LOCALE_HEADER);
      const response = withTransportHeaders(
        NextResponse.next({ request: { headers: forwarded } }),
        contentSecurityPolicy({ nonce: null, development, https: siteUsesHttps(env) }),
        env,
      );
      response.headers.set('Cache-Control', NO_STORE);
      return response;
    }

    const nonce = createNonce();
    const policy = contentSecurityPolicy({ nonce, development, https: siteUsesHttps(env) });
    // Next.js takes the nonce from the request's policy; x-nonce is for our own code, should it need one.
    const forwarded = new Headers(request.headers);
    forwarded.set('x-nonce', nonce);
    forwarded.set('content-security-policy', policy);
    const response = withTransportHeaders(await pageHandler(new NextRequest(request.url, { headers: forwarded })), policy, env);
    const cookieNames = request.cookies.getAll().map((cookie) => cookie.name);
    if (mustNotBeStored(request.nextUrl.pathname, cookieNames)) response.headers.set('Cache-Control', NO_STORE);
    syncSessionHint(request, response, cookieNames.some(isSessionCookie), env);
    return response;
  };
}
