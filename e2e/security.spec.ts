import { expect, test, type Page } from '@playwright/test';
import { openEmail, signIn, uniqueEmail } from './session';

const HOSTILE_TITLE = `<img src=x onerror="alert('title')"> "quoted" <script>alert('t')</script>`;
const HOSTILE_BODY = `=HYPERLINK("http://evil.example","click") <svg onload="alert('body')"></svg> javascript:alert('b') <iframe src="javascript:alert(1)"></iframe>`;

/** Any script the page runs from stored text would open a dialog: the test fails if one ever does. */
function refuseDialogs(page: Page, dialogs: string[]) {
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
}

test('stored markup in a recommendation is shown as text everywhere it appears, and never runs', async ({ browser }) => {
  test.slow();
  const dialogs: string[] = [];
  const page = await (await browser.newContext()).newPage();
  refuseDialogs(page, dialogs);
  const email = uniqueEmail('xss');
  await page.goto('/en/sign-up');
  await page.getByLabel('Full name').fill('<b onmouseover=alert(1)>Mallory</b>');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill('cinco lunas sobre el río Bravo');
  await page.getByLabel('Sector').selectOption('ngo');
  await page.getByLabel('Country').selectOption('us');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();
  await signIn(page, email, 'cinco lunas sobre el río Bravo');
  await openEmail(page, /Confirm your e-mail address/);
  await page.getByRole('link', { name: /verify-email\?token=/ }).click();
  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
  await expect(page.getByText('Thank you: your e-mail address is confirmed.')).toBeVisible();

  await page.goto('/en/submit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Title', { exact: false }).first().fill(HOSTILE_TITLE);
  await page.getByLabel('Your recommendation').fill(HOSTILE_BODY);
  await page.getByRole('radio', { name: /Building Back Together/ }).check();
  await page.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await page.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation received' })).toBeVisible();
  const reference = (await page.locator('.reference strong').textContent())!;

  // The submitter's own page, the public page, the register and its search, as text.
  await page.goto(`/en/account/recommendations/${reference}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_TITLE);
  await page.goto(`/en/recommendations/${reference}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HOSTILE_TITLE);
  await expect(page.getByRole('main')).toContainText(HOSTILE_BODY);
  await expect(page.getByRole('main')).toContainText('<b onmouseover=alert(1)>Mallory</b>');
  // The same page again, now served from the store under the stored pages' policy, which allows inline
  // scripts (Next.js hydration): React's escaping is what keeps the stored markup from running there.
  const storedPage = await page.goto(`/en/recommendations/${reference}`);
  expect(storedPage!.headers()['x-nextjs-cache']).toBe('HIT');
  expect(storedPage!.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HOSTILE_TITLE);
  await expect(page.locator('main img, main svg[onload], main iframe, main script, main b')).toHaveCount(0);
  await page.getByRole('main').hover();
  await page.goto(`/en/recommendations?q=${encodeURIComponent('img onerror script')}`);
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: reference })).toContainText('onerror');
  await expect(page.locator('main img, main svg[onload], main iframe, main script')).toHaveCount(0);

  // The coordinators' queue and workspace.
  const coordinator = await (await browser.newContext()).newPage();
  refuseDialogs(coordinator, dialogs);
  await signIn(coordinator, 'coordinator.us@hled.example');
  await coordinator.goto(`/en/coordinate?q=${reference}`);
  await expect(coordinator.getByRole('main')).toContainText(HOSTILE_TITLE);
  await coordinator.goto(`/en/coordinate/${reference}`);
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(HOSTILE_TITLE);
  await coordinator.getByRole('main').hover();

  // In the CSV the formula is escaped, so a spreadsheet shows it as text.
  const csv = await (await page.request.get(`/api/v1/recommendations.csv?q=${encodeURIComponent('HYPERLINK evil')}`)).text();
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <svg onload=""alert('body')""></svg>`);
  expect(dialogs).toEqual([]);
});

test('requests from another site and the middleware-bypass header are refused', async ({ request }) => {
  const foreign = await request.post('/en/submit', {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain;charset=UTF-8', 'Next-Action': '0'.repeat(42) },
    data: '[]',
  });
  expect(foreign.status()).toBe(403);
  const bypass = await request.get('/en/account', {
    headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  });
  expect(bypass.status()).toBe(403);
});

test('a signed-in page is never stored by a cache, and its scripts need its nonce', async ({ page }) => {
  await signIn(page, 'stakeholder@hled.example');
  const account = await page.request.get('/en/account');
  expect(account.headers()['cache-control']).toContain('no-store');
  const csp = account.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
});

test.describe('a form that submits through JavaScript, without it', () => {
  test.use({ javaScriptEnabled: false });

  test('cannot be sent as an ordinary request that would put the password in the address, and says why', async ({ page }) => {
    for (const [path, notice, password, button] of [
      ['/en/sign-in', 'This form needs JavaScript, which is turned off in this browser.', /^Password/, 'Sign in'],
      ['/es/sign-in', 'Este formulario necesita JavaScript, que está desactivado en este navegador.', /^Contraseña/, 'Iniciar sesión'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByLabel(password)).toBeDisabled();
      await expect(page.getByRole('button', { name: button })).toBeDisabled();
      // The reason is in a <noscript>, which Chromium shows when JavaScript is off but not under
      // Playwright's emulation of that (the parser still runs with scripting on): read the HTML.
      const html = await (await page.request.get(path)).text();
      expect(html).toMatch(new RegExp(`<noscript><div [^>]*>${notice}</div></noscript>`));
    }
  });
});
