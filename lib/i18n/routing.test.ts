import { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The locale proxy as proxy.ts builds it, with the routing read under the current environment. */
async function localeProxy() {
  const { routing } = await import('./routing');
  return createMiddleware(routing);
}

// A Spanish page asked for by an English browser: next-intl remembers the choice in its cookie.
const request = () =>
  new NextRequest('http://localhost/es/recommendations', {
    headers: { 'accept-language': 'en-US,en;q=0.9', 'sec-fetch-dest': 'document' },
  });

describe('the locale routing', () => {
  it('sets a Secure locale cookie on an https site', async () => {
    vi.stubEnv('APP_URL', 'https://hled.example.gov');
    const cookie = (await localeProxy())(request()).headers.get('set-cookie');
    expect(cookie).toMatch(/^NEXT_LOCALE=es;/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/SameSite=lax/i);
  });

  it('sets it without Secure on http://localhost, where a browser would drop a Secure cookie', async () => {
    vi.stubEnv('APP_URL', 'http://localhost:3000');
    const cookie = (await localeProxy())(request()).headers.get('set-cookie');
    expect(cookie).toMatch(/^NEXT_LOCALE=es;/);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('sends no hreflang Link header: the pages name their alternates in their HTML, public pages only', async () => {
    const response = (await localeProxy())(request());
    expect(response.headers.get('link')).toBeNull();
  });
});
