import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { openEmail, uniqueEmail } from './session';
import { signedIn } from './triage-helpers';

const SWITCH = { en: 'Ver esta página en español', es: 'View this page in English' } as const;

/**
 * The header's language switch, the way a visitor uses it: once the page has loaded. A click in the
 * instant between a filter form's answer arriving and the page's scripts taking over was lost once
 * under the full suite's load (the address stayed in Spanish for 5 s).
 */
async function switchLanguage(page: Page, from: 'en' | 'es') {
  await page.waitForLoadState('load');
  await page.getByRole('link', { name: SWITCH[from] }).click();
  await expect(page).toHaveURL(new RegExp(`/${from === 'en' ? 'es' : 'en'}/`));
}

const queryOf = (page: Page) => new URL(page.url()).searchParams.toString();

test('switching language on a filtered, searched register keeps the filters and the search, both ways', async ({ page }) => {
  await page.goto('/en/recommendations');
  await page.getByLabel('Search titles and text').fill('crossing');
  await page.getByLabel('Status').selectOption('implemented');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=implemented/);
  const query = queryOf(page);

  await switchLanguage(page, 'en');
  await expect(page).toHaveURL(/\/es\/recommendations\?/);
  expect(queryOf(page)).toBe(query);
  await expect(page.getByLabel('Buscar en títulos y textos')).toHaveValue('crossing');
  await expect(page.getByLabel('Estado')).toHaveValue('implemented');
  await expectNoSeriousAxeViolations(page);

  await switchLanguage(page, 'es');
  await expect(page).toHaveURL(/\/en\/recommendations\?/);
  expect(queryOf(page)).toBe(query);
  await expect(page.getByLabel('Status')).toHaveValue('implemented');
});

test('the switch follows client-side navigation: after "Clear all filters" it offers the stored register without a query', async ({
  page,
}) => {
  await page.goto('/en/recommendations?status=implemented');
  const toSpanish = page.getByRole('link', { name: SWITCH.en });
  await expect(toSpanish).toHaveAttribute('href', '/es/recommendations?status=implemented');
  await page.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/en\/recommendations$/);
  await expect(toSpanish).toHaveAttribute('href', '/es/recommendations');
  await switchLanguage(page, 'en');
  await expect(page).toHaveURL(/\/es\/recommendations$/);
});

test('switching language on the decisions log keeps its filter', async ({ page }) => {
  await page.goto('/es/decisions');
  const pillar = page.getByLabel('Pilar');
  const value = await pillar.locator('option').nth(1).getAttribute('value');
  await pillar.selectOption(value!);
  await page.getByRole('button', { name: 'Mostrar' }).click();
  await expect(page).toHaveURL(new RegExp(`pillar=${value}`));
  await switchLanguage(page, 'es');
  await expect(page).toHaveURL(new RegExp(`/en/decisions\\?pillar=${value}`));
  await expect(page.getByLabel('Pillar')).toHaveValue(value!);
});

test("switching language in a coordinator's filtered queue keeps the filters and the search", async ({ browser }) => {
  const coordinator = await signedIn(browser, 'coordinator.mx@hled.example', 'es');
  await coordinator.goto('/es/coordinate');
  await coordinator.getByLabel('Buscar en el texto o una referencia').fill('aduanas');
  await coordinator.getByLabel('Pilar').selectOption('building-back-together');
  await coordinator.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(coordinator).toHaveURL(/pillar=building-back-together/);
  const query = queryOf(coordinator);

  await switchLanguage(coordinator, 'es');
  await expect(coordinator).toHaveURL(/\/en\/coordinate\?/);
  expect(queryOf(coordinator)).toBe(query);
  await expect(coordinator.getByLabel('Search the text or a reference')).toHaveValue('aduanas');
  await expect(coordinator.getByLabel('Pillar')).toHaveValue('building-back-together');
  await expectNoSeriousAxeViolations(coordinator);
});

test('sign-up started from "Give a recommendation" comes back to the form after the e-mail is confirmed, and only the button confirms it', async ({
  page,
  browser,
}) => {
  test.slow();
  const email = uniqueEmail('return');
  const password = 'cinco lunas sobre el río Bravo';

  await page.goto('/en/submit');
  await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Full name').fill('Rosa Return');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel('Sector').selectOption('ngo');
  await page.getByLabel('Country').selectOption('mx');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();

  // Signing in from there also leads back to the form, which waits for the confirmed address.
  await page.getByRole('status').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/submit$/);
  await expect(page.getByText(/Confirm your e-mail address \(.*\) before sending a recommendation/)).toBeVisible();

  await openEmail(page, /Confirm your e-mail address/);
  const link = page.getByRole('link', { name: /verify-email\?token=/ });
  expect(await link.getAttribute('href')).toContain(`callbackUrl=${encodeURIComponent('/en/submit')}`);
  await link.click();
  await expect(page.getByRole('button', { name: 'Confirm my e-mail address' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Opening the link (what a mail scanner does) confirmed nothing: the form still waits.
  const other = await page.context().newPage();
  await other.goto('/en/submit');
  await expect(other.getByText(/before sending a recommendation/)).toBeVisible();
  await other.close();

  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
  await expect(page.getByText('Thank you: your e-mail address is confirmed.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/\/en\/submit$/);
  await expect(page.getByLabel('Your recommendation')).toBeVisible();

  // A made-up link confirms nothing, whatever way back it names.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto('/es/verify-email?token=not-a-real-token-at-all-0000&callbackUrl=https%3A%2F%2Fevil.example%2Fen');
  await stranger.getByRole('button', { name: 'Confirmar mi correo electrónico' }).click();
  await expect(stranger.getByText('Este enlace de confirmación no es válido.', { exact: false })).toBeVisible();
});
