import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, uniqueWord } from './triage-helpers';

test('the site has an icon: /favicon.ico answers, pages name an icon, and a first load logs no failed request', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  await page.goto('/es');
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
  const icon = await page.request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  const svg = await page.request.get(href!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('<svg');
});

test('each pillar on the form is named by its title and described by its purpose, in both languages', async ({ browser }) => {
  const page = await signedIn(browser, 'stakeholder@hled.example', 'es');
  await page.goto('/es/submit');
  const radio = page.getByRole('radio', { name: 'Pilar I: Reconstruir juntos', exact: true });
  await expect(radio).toBeVisible();
  await expect(radio).toHaveAccessibleDescription(/.{80,}/);
  await page.goto('/en/submit');
  const english = page.getByRole('radio', { name: 'Pillar I: Building Back Together', exact: true });
  await expect(english).toHaveAccessibleDescription(/.{80,}/);
  await english.check();
  await expect(english).toBeChecked();
  await expectNoSeriousAxeViolations(page);
});

/** Sends a recommendation in Pillar I with the given consent, as a stakeholder does; returns its reference. */
async function submitWith(page: Page, title: string, consent: string): Promise<string> {
  await page.goto('/en/submit');
  await page.getByLabel('Title', { exact: false }).first().fill(title);
  await page
    .getByLabel('Your recommendation')
    .fill('Both customs agencies should publish hourly cargo crossing times as open data, so that small firms can plan.');
  await page.getByRole('radio', { name: /Building Back Together/ }).check();
  await page.getByRole('radio', { name: consent }).check();
  await page.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  return (await page.locator('.reference strong').textContent())!;
}

async function accept(coordinator: Page, ref: string, word: string) {
  await coordinator.goto(`/en/coordinate/${ref}`);
  await coordinator.getByLabel(/^Initiative/).selectOption({ label: 'I · Joint Semiconductor Supply Chain Action Plan' });
  await coordinator.getByLabel('How it answers the recommendation (English)').fill(`The plan covers it (${word}).`);
  await coordinator.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(coordinator.getByText('Linked.')).toBeVisible();
  await coordinator.getByLabel('New status').selectOption({ label: 'Accepted' });
  await coordinator.getByLabel('Public response in English').fill(`Taken up (${word}).`);
  await coordinator.getByLabel('Public response in Spanish').fill(`Se retoma (${word}).`);
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(coordinator.getByText('Status saved.')).toBeVisible();
}

test('"You said, we did" names the submitter and organization only where they agreed to publish them', async ({ browser }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const submitter = await signedIn(browser, 'industry@hled.example');
  const named = await submitWith(submitter, `Named crossing data ${word}`, 'Publish it with my name and organization');
  const anonymous = await submitWith(submitter, `Unnamed crossing data ${word}`, 'Publish it without my name');
  const coordinator = await signedIn(browser, 'coordinator.us@hled.example');
  await accept(coordinator, named, word);
  await accept(coordinator, anonymous, word);

  const visitor = await (await browser.newContext()).newPage();
  for (const locale of ['en', 'es'] as const) {
    await visitor.goto(`/${locale}/you-said-we-did`);
    const card = (ref: string) => visitor.locator('.said-did').filter({ has: visitor.locator('.ref', { hasText: ref }) });
    await expect(card(named)).toContainText(
      `${locale === 'en' ? 'Submitted by' : 'Enviada por'} Daniel Brooks, Borderlands Manufacturing Association (demo)`,
    );
    await expect(card(anonymous)).toBeVisible();
    await expect(card(anonymous)).not.toContainText('Daniel Brooks');
    await expect(card(anonymous)).not.toContainText('Borderlands');
  }
  await expectNoSeriousAxeViolations(visitor);
});
