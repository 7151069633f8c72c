import http from 'node:http';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';

const NOT_FOUND = { en: 'Page not found', es: 'Página no encontrada' } as const;
const HOME = { en: 'Go to the home page', es: 'Ir a la página de inicio' } as const;
const MISSING = ['/recommendations/HLED-0000-0000', '/pillars/nope', '/initiatives/nope', '/meetings/nope', '/no/such/page', '/login'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['en', 'es'] as const) {
    test(`every 404 in ${locale} is the localized not-found page in the HTML itself`, async ({ page }) => {
      for (const path of MISSING.map((p) => `/${locale}${p}`)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 }), path).toHaveText(NOT_FOUND[locale]);
        await expect(main.getByRole('link', { name: HOME[locale] })).toHaveAttribute('href', `/${locale}`);
        await expect(page.getByRole('navigation').first()).toBeVisible();
        await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
        expect(await page.title(), path).toMatch(new RegExp(`^${NOT_FOUND[locale]} · `));
        // An error names no language alternates, in its HTML or its headers.
        expect(await page.locator('link[hreflang]').count(), path).toBe(0);
        expect(response?.headers()['link'] ?? '', path).not.toContain('hreflang');
      }
    });
  }

  test('a known item still renders, and the not-found page is reached by keyboard like any other', async ({ page }) => {
    const response = await page.goto('/es/pillars/building-back-together');
    expect(response?.status()).toBe(200);
    await page.goto('/en/pillars/nope');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  });
});

test('a 404 passes axe once the page has hydrated, and still shows the same text', async ({ page }) => {
  for (const path of ['/es/recommendations/HLED-0000-0000', '/en/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(path.startsWith('/es') ? NOT_FOUND.es : NOT_FOUND.en);
    await expectNoSeriousAxeViolations(page);
  }
});

test('an unknown API address answers JSON, and next-auth keeps its own routes', async ({ request }) => {
  for (const path of ['/api/v1/nope', '/api/nope', '/api/v1/recommendations/HLED-2023-0001/extra']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toContain('application/json');
    expect((await response.json()).error).toMatchObject({ status: 404 });
  }
  const deleted = await request.delete('/api/v1/nope');
  expect(deleted.status()).toBe(404);
  expect((await deleted.json()).error.status).toBe(404);
  const session = await request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  expect(session.headers()['content-type']).toContain('application/json');
  expect((await request.get('/api/auth/providers')).status()).toBe(200);
});

test('public pages name one x-default, in their HTML only; private pages name none', async ({ request }) => {
  const xDefaults = (html: string) => [...html.matchAll(/<link rel="alternate" hrefLang="x-default" href="([^"]+)"/g)].map((m) => m[1]);
  for (const path of ['/en/recommendations', '/es/meetings', '/es']) {
    const response = await request.get(path);
    expect(response.headers()['link'] ?? '', path).not.toContain('hreflang');
    const html = await response.text();
    const [xDefault, ...more] = xDefaults(html);
    expect(more, path).toEqual([]);
    expect(xDefault, path).toMatch(new RegExp(`/en${path.slice(3)}$`));
  }
  for (const path of ['/en/sign-in', '/es/sign-up', '/en/submit', '/en/forgot-password']) {
    const response = await request.get(path);
    expect(response.headers()['link'] ?? '', path).not.toContain('hreflang');
    expect(await response.text(), path).not.toMatch(/<link rel="(alternate|canonical)"/);
  }
});

test('every page of the sitemap answers 200 with a title of 70 characters at most', async ({ request }) => {
  test.slow(); // a hundred pages and more
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs.filter((l) => l.startsWith('/es')).length).toBe(locs.filter((l) => l.startsWith('/en')).length);
  for (const path of locs) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const title = /<title>([^<]*)<\/title>/.exec(await response.text())![1]!.replaceAll('&amp;', '&');
    expect(title.length, `${path}: ${title}`).toBeLessThanOrEqual(70);
    // A summary-only item's placeholder title names its reference once, not twice.
    expect(title.match(/HLED-\d{4}-\d{4,}/g)?.length ?? 0, title).toBeLessThanOrEqual(1);
  }
});

/** A GET from a given local address (the loopback network has 127.0.0.0/8), as a second client would connect. */
function getFrom(
  localAddress: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, localAddress, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
  });
}

/**
 * Requests from one address, 20 at a time, until the first 429 (which it returns). The allowance refills
 * at 2 a second while this runs, so the requests answered must be 120 plus at most what refilled.
 */
async function useUp(localAddress: string, path: (i: number) => string, headers: (i: number) => Record<string, string> = () => ({})) {
  const started = Date.now();
  let answered = 0;
  for (let i = 0; i < 400; i += 20) {
    const batch = await Promise.all(Array.from({ length: 20 }, (_, k) => getFrom(localAddress, path(i + k), headers(i + k))));
    const refused = batch.find((r) => r.status === 429);
    answered += batch.filter((r) => r.status === 200).length;
    if (refused) {
      expect(answered).toBeGreaterThanOrEqual(120);
      expect(answered).toBeLessThanOrEqual(120 + Math.ceil(((Date.now() - started) / 1000) * 2) + 1);
      return refused;
    }
  }
  throw new Error(`${localAddress} was never refused`);
}

test('the rate limit counts each connecting address on its own, whatever X-Forwarded-For says', async () => {
  test.slow();
  // API requests from one address, each claiming another forwarded address: all counted as one caller.
  const refused = await useUp(
    '127.0.0.2',
    () => '/api/v1/pillars',
    (i) => ({ 'X-Forwarded-For': `198.51.100.${i % 250}` }),
  );
  expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  expect(refused.headers['ratelimit-limit']).toBe('120');
  const seconds = Number(refused.headers['retry-after']);
  expect(JSON.parse(refused.body).error.message).toBe(
    `Too many requests: this address may make 120 requests a minute. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  );
  // A second address has its whole allowance.
  expect((await getFrom('127.0.0.3', '/api/v1/pillars')).status).toBe(200);
});

test('the HTML register and its search are limited per address like the API, in the page language', async () => {
  test.slow(); // 120 register pages
  const refused = await useUp('127.0.0.4', (i) => `/es/recommendations?q=frontera${i % 3 ? '&page=2' : ''}`);
  expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  expect(refused.body).toContain('<html lang="es">');
  expect(refused.body).toContain('se puede abrir el registro 120 veces por minuto');
  expect((await getFrom('127.0.0.5', '/es/recommendations?q=aduana')).status).toBe(200);
  // Other pages are not counted against the register's allowance.
  expect((await getFrom('127.0.0.4', '/es/pillars/building-back-together')).status).toBe(200);
});
