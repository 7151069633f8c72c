/**
 * next-auth's real handler, called as Next.js calls it (a request and a response object), for tests that
 * sign in, read /api/auth/session or replay a cookie without a running server.
 */
import NextAuth from 'next-auth';
import { collectDeviceCookie } from '@/lib/auth/device';
import { buildAuthOptions } from '@/lib/auth/options';

type FakeResponse = { statusCode: number; headers: Record<string, string | string[]>; body: unknown };
export type NextAuthCall = { body?: Record<string, string>; cookies?: Record<string, string>; headers?: Record<string, string> };

export async function nextAuth(method: 'GET' | 'POST', action: string[], options: NextAuthCall = {}) {
  const res: FakeResponse & Record<string, unknown> = {
    statusCode: 200,
    headers: {},
    body: undefined,
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    setHeader(key: string, value: string | string[]) {
      res.headers[key.toLowerCase()] = value;
      return res;
    },
    getHeader: (key: string) => res.headers[key.toLowerCase()],
    json(body: unknown) {
      res.body = body;
      return res;
    },
    send(body: unknown) {
      res.body = body;
      return res;
    },
    end: () => res,
  };
  const cookies = options.cookies ?? {};
  const cookieHeader = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const req = {
    method,
    query: { nextauth: action },
    headers: {
      host: 'localhost:3100',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '203.0.113.7',
      ...(cookieHeader ? { cookie: cookieHeader } : {}),
      ...options.headers,
    },
    cookies,
    body: options.body,
  };
  // As the route handler does (app/api/auth/[...nextauth]/route.ts): the device cookie a sign-in earns.
  const { setCookie } = await collectDeviceCookie(() =>
    (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, buildAuthOptions()),
  );
  const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? [], setCookie ?? []);
  const cookiesSet = Object.fromEntries(
    setCookies.map((c) => c.split(';')[0]!.split('=')).map(([name, ...value]) => [name!, value.join('=')]),
  );
  return { status: res.statusCode, body: res.body as Record<string, string> | undefined, cookies: cookiesSet, setCookies };
}

/** A CSRF token and its cookie, as the sign-in form fetches them first. */
export async function csrf(name = 'next-auth.csrf-token') {
  const { body, cookies } = await nextAuth('GET', ['csrf']);
  const cookie = cookies[name]!;
  return { token: body!.csrfToken!, cookie, cookies: { [name]: decodeURIComponent(cookie) } };
}

/** Signs in through the credentials callback; `extra` carries more form fields (the second step's code). */
export async function signInThroughNextAuth(
  email: string,
  password: string,
  extra: Record<string, string> = {},
  cookies: Record<string, string> = {},
) {
  const form = await csrf();
  const response = await nextAuth('POST', ['callback', 'credentials'], {
    body: { email, password, csrfToken: form.token, json: 'true', ...extra },
    cookies: { ...form.cookies, ...cookies },
  });
  const url = response.body?.url ?? '';
  const error = url.includes('error=') ? decodeURIComponent(new URL(url, 'http://localhost').searchParams.get('error') ?? '') : null;
  return { ...response, url, error, sessionCookie: response.cookies['next-auth.session-token'] ?? null };
}
