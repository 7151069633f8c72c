/**
 * The security half of proxy.ts, around next-intl's locale routing: refuses hostile requests
 * (request-guard.ts), gives every page a fresh CSP nonce, sends HSTS on an https production site and
 * marks signed-in and private pages as never to be stored by a browser or a shared cache
 * (ASVS 8.2.1 / 5.0 14.3.2).
 *
 * The proxy is not an authorization layer (SECURITY.md 2.4): every page, action and route checks the
 * caller itself. Responses the proxy never sees (/api except /api/auth, /_next, files) get their static
 * headers from next.config.js.
 */
import { NextRequest, NextResponse } from 'next/server';
import { locales } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import { refuseNestedActionBody } from './action-body';
import { contentSecurityPolicy, createNonce } from './csp';
import { refuseRequest } from './request-guard';
import { isSessionCookie } from './session-cookie';
import { siteUsesHttps, strictTransportSecurity, type SiteEnv } from './transport';

type PageHandler = (request: NextRequest) => Response | Promise<Response>;

/** The sections only a signed-in person reaches: never cached, whoever asks. */
const PRIVATE_SECTIONS = new RegExp(`^/(?:${locales.join('|')})/(?:account|coordinate|admin|submit)(?:/|$)`);

export const NO_STORE = 'private, no-store';

/** experimental.serverActions.bodySizeLimit in next.config.js (48 KB; checked by test/security/action-body-limit.test.ts). */
export const ACTION_BODY_LIMIT_BYTES = 48 * 1024;

export function mustNotBeStored(pathname: string, cookieNames: string[]): boolean {
  return PRIVATE_SECTIONS.test(pathname) || cookieNames.some(isSessionCookie);
}

export function securityProxy(pageHandler: PageHandler, env: SiteEnv = process.env) {
  return async function proxy(request: NextRequest): Promise<Response> {
    const refusal = refuseRequest(request.method, request.headers);
    if (refusal) {
      logEvent('request.refused', { reason: refusal.reason, method: request.method, path: request.nextUrl.pathname });
      return new NextResponse('Forbidden', { status: refusal.status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': NO_STORE } });
    }
    // next-auth's endpoints are matched only for the check above; they render no page.
    if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
    const nested = await refuseNestedActionBody(request, ACTION_BODY_LIMIT_BYTES);
    if (nested) {
      logEvent('request.refused', { reason: 'action_body_nested_too_deep', method: request.method, path: request.nextUrl.pathname });
      return nested;
    }

    const nonce = createNonce();
    const policy = contentSecurityPolicy({ nonce, development: env.NODE_ENV === 'development', https: siteUsesHttps(env) });
    // Next.js takes the nonce from the request's policy; x-nonce is for our own code, should it need one.
    const forwarded = new Headers(request.headers);
    forwarded.set('x-nonce', nonce);
    forwarded.set('content-security-policy', policy);
    const response = await pageHandler(new NextRequest(request.url, { headers: forwarded }));

    response.headers.set('Content-Security-Policy', policy);
    const hsts = strictTransportSecurity(env);
    if (hsts) response.headers.set('Strict-Transport-Security', hsts);
    if (mustNotBeStored(request.nextUrl.pathname, request.cookies.getAll().map((cookie) => cookie.name))) {
      response.headers.set('Cache-Control', NO_STORE);
    }
    return response;
  };
}
