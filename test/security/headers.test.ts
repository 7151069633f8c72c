/**
 * Response headers and the proxy's refusals (ASVS 14.4, 8.2.1, 3.4, 4.2.2; docs/security.md,
 * "Headers and transport"). The proxy is called as Next.js calls it; next.config.js is loaded as Next.js
 * loads it.
 */
import { createRequire } from 'node:module';
import { NextRequest, NextResponse } from 'next/server';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { mustNotBeStored, securityProxy } from '@/lib/security/proxy';
import { isCrossOrigin, refuseRequest } from '@/lib/security/request-guard';
import { isSessionCookie, sessionCookieName } from '@/lib/security/session-cookie';
import { HSTS_VALUE, siteUsesHttps, strictTransportSecurity, type SiteEnv } from '@/lib/security/transport';

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
type LoadedConfig = {
  headers: () => Promise<HeaderRule[]>;
  poweredByHeader?: boolean;
  experimental?: { serverActions?: { allowedOrigins?: string[]; bodySizeLimit?: string | number } };
  serverActions?: unknown;
};
const nextConfig = createRequire(import.meta.url)('../../next.config.js') as LoadedConfig;
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (source: string) => RegExp;
};

const PRODUCTION_HTTPS: SiteEnv = { NODE_ENV: 'production', NEXTAUTH_URL: 'https://tracker.example.gov' };
const E2E: SiteEnv = { NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3100' };
const DEVELOPMENT: SiteEnv = { NODE_ENV: 'development' };

afterEach(() => vi.unstubAllEnvs());

/**
 * The headers next.config.js gives this path, evaluated with these variables, as Next.js applies them:
 * every rule whose source matches, a later rule's header replacing an earlier one of the same name.
 * (test/rendering-modes.test.ts checks the same rules with Next.js's own config-testing helper.)
 */
async function staticHeaders(env: SiteEnv, path = '/api/v1/pillars'): Promise<Record<string, string>> {
  for (const key of ['NODE_ENV', 'APP_URL', 'NEXTAUTH_URL'] as const) vi.stubEnv(key, env[key] ?? '');
  const headers: Record<string, string> = {};
  for (const rule of await nextConfig.headers()) {
    if (!pathToRegexp(rule.source).test(path)) continue;
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** Addresses of stored public pages (test/rendering-modes.test.ts lists them all). */
const STORED_PAGES = [
  '/en',
  '/es',
  '/en/recommendations',
  '/es/recommendations/HLED-2024-0042',
  '/en/pillars/a-slug',
  '/es/meetings/a-slug',
  '/en/data',
];

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

describe('the content security policy', () => {
  it("allows scripts only by this request's nonce, which Next.js itself reads from the policy", () => {
    const nonce = createNonce();
    const policy = contentSecurityPolicy({ nonce, development: false, https: true });
    expect(directive(policy, 'script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(getScriptNonceFromHeader(policy)).toBe(nonce);
    for (const [name, value] of [
      ['frame-ancestors', "'none'"],
      ['object-src', "'none'"],
      ['base-uri', "'self'"],
      ['form-action', "'self'"],
      ['default-src', "'self'"],
    ]) {
      expect(directive(policy, name!), name).toEqual([value]);
    }
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('lets stored pages run inline scripts (Next.js hydration) but nothing from elsewhere, and keeps every other rule', () => {
    const stored = contentSecurityPolicy({ nonce: null, inlineScripts: true, development: false, https: true });
    expect(directive(stored, 'script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(getScriptNonceFromHeader(stored)).toBeUndefined();
    const strict = contentSecurityPolicy({ nonce: createNonce(), development: false, https: true });
    for (const name of [
      'default-src',
      'style-src',
      'img-src',
      'font-src',
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(directive(stored, name), name).toEqual(directive(strict, name));
    }
    // A nonce would make browsers ignore 'unsafe-inline': the two are never combined.
    expect(() => contentSecurityPolicy({ nonce: createNonce(), inlineScripts: true, development: false, https: true })).toThrow();
  });

  it('never allows inline or evaluated script in production, and eval only in development', () => {
    const production = contentSecurityPolicy({ nonce: createNonce(), development: false, https: false });
    expect(directive(production, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(production, 'script-src')).not.toContain("'unsafe-eval'");
    expect(production).not.toContain('upgrade-insecure-requests');
    expect(directive(contentSecurityPolicy({ nonce: createNonce(), development: true, https: false }), 'script-src')).toContain(
      "'unsafe-eval'",
    );
  });

  it('makes a fresh, unguessable nonce for every request (128 bits)', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('next.config.js', () => {
  it('sends the static security headers on every path, with the nonce-less form of the same policy', async () => {
    for (const env of [PRODUCTION_HTTPS, E2E, DEVELOPMENT]) {
      const headers = await staticHeaders(env, '/api/v1/pillars');
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      });
      // One policy, written twice (next.config.js cannot import TypeScript): the two must not drift.
      expect(headers['content-security-policy']).toBe(
        contentSecurityPolicy({ nonce: null, development: env.NODE_ENV === 'development', https: siteUsesHttps(env) }),
      );
      expect((await staticHeaders(env, '/_next/static/chunks/main.js'))['content-security-policy']).toBe(
        headers['content-security-policy'],
      );
    }
    expect(nextConfig.poweredByHeader).toBe(false);
  });

  it('gives attachment downloads a policy that lets nothing load or run, with every other header', async () => {
    for (const env of [PRODUCTION_HTTPS, E2E, DEVELOPMENT]) {
      const headers = await staticHeaders(env, '/api/attachments/12');
      expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    }
  });

  it('gives stored public pages the fixed policy for stored pages, with every other header, and no nonce', async () => {
    for (const env of [PRODUCTION_HTTPS, E2E]) {
      for (const path of STORED_PAGES) {
        const headers = await staticHeaders(env, path);
        expect(headers['content-security-policy'], path).toBe(
          contentSecurityPolicy({ nonce: null, inlineScripts: true, development: false, https: siteUsesHttps(env) }),
        );
        expect(headers, path).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'cross-origin-opener-policy': 'same-origin',
          'referrer-policy': 'strict-origin-when-cross-origin',
        });
        expect(headers['strict-transport-security'] ?? null, path).toBe(strictTransportSecurity(env));
      }
    }
  });

  it('sends HSTS only from a production build of an https site, as the proxy decides', async () => {
    for (const env of [PRODUCTION_HTTPS, E2E, DEVELOPMENT, { NODE_ENV: 'production', APP_URL: 'https://tracker.example.gov' }]) {
      expect((await staticHeaders(env))['strict-transport-security'] ?? null, JSON.stringify(env)).toBe(strictTransportSecurity(env));
    }
    expect(strictTransportSecurity(PRODUCTION_HTTPS)).toBe('max-age=63072000; includeSubDomains');
    expect(strictTransportSecurity(E2E)).toBeNull();
    expect(strictTransportSecurity({ NODE_ENV: 'development', NEXTAUTH_URL: 'https://tracker.example.gov' })).toBeNull();
  });

  it("does not widen the server actions' same-origin check, and does not raise their body limit", () => {
    // Next.js refuses a server action whose Origin host differs from X-Forwarded-Host/Host
    // (next/dist/server/app-render/action-handler.js) unless serverActions.allowedOrigins lists it.
    const serverActions = nextConfig.experimental?.serverActions;
    expect(serverActions?.allowedOrigins ?? []).toEqual([]);
    // The limit itself is sized to the largest form in action-body-limit.test.ts (M4).
    expect(serverActions?.bodySizeLimit).toBe('48kb');
    expect(nextConfig.serverActions).toBeUndefined();
  });
});

describe('the request guard', () => {
  const headers = (values: Record<string, string>) => new Headers({ host: 'tracker.example.gov', ...values });

  it('refuses any request carrying the middleware-bypass header of CVE-2025-29927', () => {
    for (const value of ['proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware', 'src/middleware', '']) {
      for (const method of ['GET', 'POST'])
        expect(refuseRequest(method, headers({ 'x-middleware-subrequest': value }))).toEqual({ status: 403, reason: 'internal_header' });
    }
  });

  it('refuses a state-changing request from another origin, as Next.js does for server actions', () => {
    expect(refuseRequest('POST', headers({ origin: 'https://evil.example' }))).toEqual({ status: 403, reason: 'cross_origin' });
    expect(refuseRequest('POST', headers({ origin: 'null' }))).toEqual({ status: 403, reason: 'cross_origin' });
    expect(refuseRequest('POST', headers({ origin: 'https://tracker.example.gov.evil.example' }))).not.toBeNull();
    expect(refuseRequest('POST', headers({ 'sec-fetch-site': 'cross-site' }))).not.toBeNull();
    expect(refuseRequest('DELETE', headers({ origin: 'https://evil.example' }))).not.toBeNull();
    // A proxy's X-Forwarded-Host is the address the browser used, as Next.js reads it.
    expect(isCrossOrigin(headers({ origin: 'https://tracker.example.gov', 'x-forwarded-host': 'evil.example' }))).toBe(true);
  });

  it('lets same-origin posts, reads and requests without Origin through', () => {
    expect(refuseRequest('POST', headers({ origin: 'https://tracker.example.gov', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(refuseRequest('POST', headers({ origin: 'https://TRACKER.example.gov' }))).toBeNull();
    expect(
      refuseRequest(
        'POST',
        new Headers({ host: 'internal:3000', 'x-forwarded-host': 'tracker.example.gov', origin: 'https://tracker.example.gov' }),
      ),
    ).toBeNull();
    expect(refuseRequest('GET', headers({ origin: 'https://evil.example' }))).toBeNull();
    expect(refuseRequest('POST', headers({}))).toBeNull();
  });
});

/**
 * Stands in for next-intl's middleware, which Vitest cannot load (its ESM build imports `next/server`
 * without an extension). It forwards the request's headers exactly as next-intl does
 * (next-intl/dist/esm/production/middleware/middleware.js, `next()`: `new Headers(request.headers)`),
 * which is what carries the nonce to the page, and redirects "/" by Accept-Language.
 */
function localeRouting(request: NextRequest): Response {
  if (request.nextUrl.pathname === '/')
    return NextResponse.redirect(new URL(`/${request.headers.get('accept-language')?.slice(0, 2) ?? 'en'}`, request.url));
  const headers = new Headers(request.headers);
  headers.set('x-next-intl-locale', request.nextUrl.pathname.slice(1, 3));
  const response = NextResponse.next({ request: { headers } });
  // next-intl remembers the locale in a cookie on any request that lacks it.
  if (!request.cookies.has('NEXT_LOCALE')) response.cookies.set('NEXT_LOCALE', request.nextUrl.pathname.slice(1, 3));
  return response;
}

describe('the proxy', () => {
  const proxy = (env: SiteEnv) => securityProxy(localeRouting, env);
  const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    new NextRequest(`http://localhost:3100${path}`, {
      method: init.method ?? 'GET',
      headers: { host: 'localhost:3100', 'accept-language': 'es', ...init.headers },
    });
  /** The request headers Next.js renders the page with, as the proxy's response passes them on. */
  const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

  it('gives each page request its own nonce, in the response policy and in the request Next.js renders', async () => {
    const first = await proxy(E2E)(request('/en/recommendations'));
    const second = await proxy(E2E)(request('/en/recommendations'));
    const policy = first.headers.get('content-security-policy')!;
    const nonce = getScriptNonceFromHeader(policy)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(forwarded(first, 'content-security-policy')).toBe(policy);
    expect(forwarded(first, 'x-nonce')).toBe(nonce);
    expect(getScriptNonceFromHeader(second.headers.get('content-security-policy')!)).not.toBe(nonce);
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('keeps the locale routing\'s redirect of "/" and adds the headers to it', async () => {
    const response = await proxy(E2E)(request('/'));
    expect(response.headers.get('location')).toBe('http://localhost:3100/es');
    expect(response.headers.get('content-security-policy')).toContain("'strict-dynamic'");
  });

  it('adds HSTS and upgrade-insecure-requests on an https production site, and eval in development only', async () => {
    const secure = await proxy(PRODUCTION_HTTPS)(request('/en'));
    expect(secure.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
    expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(secure.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect((await proxy(DEVELOPMENT)(request('/en'))).headers.get('content-security-policy')).toContain("'unsafe-eval'");
  });

  it('marks private sections and every signed-in page as never to be stored', async () => {
    for (const path of ['/en/account', '/es/coordinate/HLED-2026-0001', '/en/admin/users', '/es/submit']) {
      expect((await proxy(E2E)(request(path))).headers.get('cache-control'), path).toBe('private, no-store');
    }
    const signedIn = await proxy(E2E)(
      request('/en/recommendations', { headers: { cookie: '__Host-next-auth.session-token=abc; NEXT_LOCALE=en' } }),
    );
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect((await proxy(E2E)(request('/en/recommendations'))).headers.get('cache-control')).toBeNull();
    expect(mustNotBeStored('/en/accountability', [])).toBe(false);
    expect(mustNotBeStored('/en', ['next-auth.session-token.0'])).toBe(true);
  });

  it('lets a server action through without locale routing, so no cookie makes Next.js render the page into its answer', async () => {
    const action = await proxy(E2E)(
      request('/en/submit', { method: 'POST', headers: { 'next-action': '7f00aa', origin: 'http://localhost:3100' } }),
    );
    expect(action.headers.get('x-middleware-next')).toBe('1');
    expect(action.headers.get('set-cookie')).toBeNull();
    expect(action.headers.get('cache-control')).toBe('private, no-store');
    expect(getScriptNonceFromHeader(action.headers.get('content-security-policy')!)).toBeUndefined();
    expect((await proxy(E2E)(request('/en/submit'))).headers.get('set-cookie')).toContain('NEXT_LOCALE=en');
  });

  it("tells a server action's render the language of the page it was posted from, and only that", async () => {
    const post = (path: string, extra: Record<string, string> = {}) =>
      proxy(E2E)(request(path, { method: 'POST', headers: { 'next-action': '7f00aa', origin: 'http://localhost:3100', ...extra } }));
    const forwarded = (response: Response) => response.headers.get('x-middleware-request-x-next-intl-locale');
    expect(forwarded(await post('/es/account/recommendations/HLED-2026-0001'))).toBe('es');
    expect(forwarded(await post('/en/coordinate'))).toBe('en');
    // A client cannot choose the language of a page that has none in its address.
    expect(forwarded(await post('/api/x', { 'x-next-intl-locale': 'es' }))).toBeNull();
  });

  it('keeps the readable session hint in step with the session cookie, so stored pages know whether to ask /api/me', async () => {
    const hint = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith('hled-signed-in='));
    const signedIn = await proxy(PRODUCTION_HTTPS)(request('/en/account', { headers: { cookie: '__Host-next-auth.session-token=abc' } }));
    expect(hint(signedIn)).toBe('hled-signed-in=1; Max-Age=43200; Path=/; SameSite=Lax; Secure');
    expect(
      hint(await proxy(E2E)(request('/en/account', { headers: { cookie: 'next-auth.session-token=abc; hled-signed-in=1' } }))),
    ).toBeUndefined();
    expect(hint(await proxy(E2E)(request('/en/account', { headers: { cookie: 'hled-signed-in=1' } })))).toBe(
      'hled-signed-in=; Max-Age=0; Path=/; SameSite=Lax',
    );
    expect(hint(await proxy(E2E)(request('/en/sign-in')))).toBeUndefined();
  });

  it('refuses the bypass header on every page form, the data and RSC variants included', async () => {
    const bypass = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' };
    for (const [path, extra] of [
      ['/en/admin', {}],
      ['/en/admin?_rsc=1', {}],
      ['/en/coordinate', { rsc: '1' }],
      ['/en/account', { 'next-router-prefetch': '1' }],
    ] as const) {
      const response = await proxy(E2E)(request(path, { headers: { ...bypass, ...extra } }));
      expect(response.status, path).toBe(403);
      expect(await response.text()).toBe('Forbidden');
    }
  });

  it('refuses a cross-origin server action and a cross-origin post to next-auth, and passes same-origin ones', async () => {
    const action = { 'next-action': '7f00aa', 'content-type': 'text/plain;charset=UTF-8' };
    expect(
      (await proxy(E2E)(request('/en/submit', { method: 'POST', headers: { ...action, origin: 'https://evil.example' } }))).status,
    ).toBe(403);
    expect(
      (await proxy(E2E)(request('/en/submit', { method: 'POST', headers: { ...action, origin: 'http://localhost:3100' } }))).status,
    ).toBe(200);
    expect(
      (await proxy(E2E)(request('/api/auth/callback/credentials', { method: 'POST', headers: { origin: 'https://evil.example' } }))).status,
    ).toBe(403);
    const sameOrigin = await proxy(E2E)(
      request('/api/auth/callback/credentials', { method: 'POST', headers: { origin: 'http://localhost:3100' } }),
    );
    expect(sameOrigin.headers.get('x-middleware-next')).toBe('1');
    expect(sameOrigin.headers.get('content-security-policy')).toBeNull();
  });
});

describe('the session cookie', () => {
  it("is named __Host- on an https site and plainly on http, and any of next-auth's names is recognised", () => {
    expect(sessionCookieName(true)).toBe('__Host-next-auth.session-token');
    expect(sessionCookieName(false)).toBe('next-auth.session-token');
    for (const name of [
      'next-auth.session-token',
      '__Secure-next-auth.session-token',
      '__Host-next-auth.session-token',
      '__Host-next-auth.session-token.1',
    ]) {
      expect(isSessionCookie(name), name).toBe(true);
    }
    for (const name of ['next-auth.csrf-token', '__Host-next-auth.csrf-token', 'NEXT_LOCALE', 'xnext-auth.session-token'])
      expect(isSessionCookie(name), name).toBe(false);
  });

  it('is Secure, HttpOnly, SameSite=Lax, Path=/ with no Domain on https, and not Secure on http://localhost', async () => {
    vi.stubEnv('AUTH_SECRET', 'a-test-secret-of-enough-length-for-next-auth');
    const { buildAuthOptions } = await import('@/lib/auth/options');
    vi.stubEnv('NEXTAUTH_URL', 'https://tracker.example.gov');
    const secure = buildAuthOptions();
    expect(secure.useSecureCookies).toBe(true);
    expect(secure.cookies?.sessionToken).toEqual({
      name: '__Host-next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3100');
    const local = buildAuthOptions();
    expect(local.useSecureCookies).toBe(false);
    expect(local.cookies?.sessionToken).toEqual({
      name: 'next-auth.session-token',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    });
  });

  it('lasts 12 hours at most (ASVS 3.3.2) and sends a signed-in person back to this site only (ASVS 5.1.5)', async () => {
    vi.stubEnv('AUTH_SECRET', 'a-test-secret-of-enough-length-for-next-auth');
    const { buildAuthOptions } = await import('@/lib/auth/options');
    const options = buildAuthOptions();
    expect(options.session?.maxAge).toBeLessThanOrEqual(12 * 60 * 60);
    const redirect = (url: string) => options.callbacks!.redirect!({ url, baseUrl: 'https://tracker.example.gov' });
    for (const url of [
      'https://evil.example/en',
      '//evil.example/en',
      '/\\evil.example',
      'javascript:alert(1)',
      'https://tracker.example.gov.evil.example/',
      'https://tracker.example.gov@evil.example/',
    ]) {
      expect(new URL(await redirect(url)).host, url).toBe('tracker.example.gov');
    }
    expect(await redirect('/es/account')).toBe('https://tracker.example.gov/es/account');
  });
});
