import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn } from './session';

/** Fetches a public page as a visitor's browser would, twice: the second answer must come from the store. */
async function stored(request: APIRequestContext, path: string): Promise<string> {
  await request.get(path);
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['x-nextjs-cache'], `${path} is a stored page`).toBe('HIT');
  return response.text();
}

test("anyone gets the same stored home page; a signed-in stakeholder's header then shows their own links", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  const asked: string[] = [];
  visitor.on('request', (request) => request.url().includes('/api/me') && asked.push(request.url()));
  await stored(visitor.request, '/en');
  await visitor.goto('/en');
  await expect(visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  // An anonymous visitor's browser never asks who is signed in: the stored page is all it costs.
  expect(asked).toEqual([]);
  const csp = (await visitor.request.get('/en')).headers()['content-security-policy']!;
  expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).not.toContain('nonce-');

  const stakeholder = await (await browser.newContext()).newPage();
  await signIn(stakeholder, 'stakeholder@hled.example');
  await stakeholder.goto('/en');
  const nav = stakeholder.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Workspace' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(stakeholder);

  // Into the signed-in part of the site by a full page load, which brings that page's own nonce policy
  // (a client-side navigation would keep the stored page's document, marked here, and its policy).
  await stakeholder.evaluate(() => ((window as unknown as { storedDocument: boolean }).storedDocument = true));
  await nav.getByRole('link', { name: 'My account' }).click();
  await expect(stakeholder).toHaveURL(/\/en\/account$/);
  expect(await stakeholder.evaluate(() => (window as unknown as { storedDocument?: boolean }).storedDocument)).toBeUndefined();
  await stakeholder.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(stakeholder).toHaveURL(/\/en$/);
  await expect(stakeholder.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await Promise.all([visitor.context().close(), stakeholder.context().close()]);
});

test('a coordinator sees the workspace link on a stored page in Spanish', async ({ page }) => {
  await signIn(page, 'coordinator.mx@hled.example', undefined, 'es');
  await page.goto('/es/meetings');
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Espacio de trabajo' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

async function coordinatorOn(page: Page, words: string): Promise<string> {
  await signIn(page, 'coordinator.mx@hled.example');
  await page.goto(`/en/coordinate?q=${encodeURIComponent(words)}`);
  const link = page
    .getByRole('table')
    .getByRole('link', { name: /^HLED-/ })
    .first();
  const ref = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/coordinate/${ref}$`));
  return ref;
}

test('a hidden item is gone from every stored page that showed it as soon as the action answers', async ({ browser }) => {
  test.slow();
  const title = 'Connect southern Mexico honey producers with U.S. buyers';
  const coordinator = await (await browser.newContext()).newPage();
  const ref = await coordinatorOn(coordinator, 'honey producers buyers');
  // Taken up, so that it is on the outcomes page, the decisions log and its initiative's page too.
  await coordinator.getByLabel(/^Initiative/).selectOption('southern-mexico-development');
  await coordinator.getByLabel('How it answers the recommendation (English)').fill('Market links for producers in the south.');
  await coordinator.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(coordinator.getByText('Linked.')).toBeVisible();
  await coordinator.getByLabel('New status').selectOption({ label: 'Accepted' });
  await coordinator.getByLabel('Public response in English').fill('Both governments take this up for southern producers.');
  await coordinator.getByLabel('Public response in Spanish').fill('Ambos gobiernos la retoman para productores del sur.');
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(coordinator.getByText('Status saved.')).toBeVisible();

  const visitor = (await browser.newContext()).request;
  const pages = [
    '/en/recommendations/' + ref,
    '/es/recommendations/' + ref,
    '/en/recommendations',
    '/en/you-said-we-did',
    '/es/you-said-we-did',
    '/en/decisions',
    '/en/initiatives/southern-mexico-development',
  ];
  for (const path of pages) expect(await stored(visitor, path), `${path} shows ${ref} before it is hidden`).toContain(ref);
  expect(await stored(visitor, '/en/recommendations/' + ref)).toContain(title);

  await coordinator.getByLabel('Internal reason').fill('Duplicate of a partner programme listing.');
  await coordinator.getByRole('button', { name: 'Hide it' }).click();
  await expect(coordinator.locator('h1 + p .status')).toHaveText('Hidden');

  for (const path of pages) {
    const response = await visitor.get(path);
    const html = await response.text();
    expect(html, `${path} after hiding`).not.toContain(title);
    // Its own page is now "not found" (whose address still names it); every list drops it.
    if (path.endsWith(ref)) expect(response.status(), path).toBe(404);
    else expect(html, `${path} after hiding`).not.toContain(ref);
  }
  await coordinator.context().close();
});

test('a browser that already holds a stored page is answered 304 without the page; a changed page is sent again', async ({ request }) => {
  await stored(request, '/es/meetings');
  const etag = (await request.get('/es/meetings')).headers()['etag'];
  expect(etag, 'a stored page carries an ETag').toMatch(/^"[\w-]+"$/);
  const again = await request.get('/es/meetings', { headers: { 'If-None-Match': etag!, 'Accept-Encoding': 'gzip' } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  const other = await request.get('/es/meetings', { headers: { 'If-None-Match': '"held-before-a-change"' } });
  expect(other.status()).toBe(200);
  expect(await other.text()).toContain('<h1');
  // A page rendered for one person is never tagged, so never answered from what another held.
  expect((await request.get('/es/sign-in')).headers()['etag']).toBeUndefined();
});
