import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { emailsAbout, signedIn, submitRecommendation, uniqueWord } from './triage-helpers';

async function saveStatus(page: Page, status: string, response: { en: string; es: string }) {
  await page.getByLabel('New status').selectOption({ label: status });
  await page.getByLabel('Public response in English').fill(response.en);
  await page.getByLabel('Public response in Spanish').fill(response.es);
  await page.getByRole('button', { name: 'Save the status' }).click();
  await expect(page.getByText('Status saved.')).toBeVisible();
}

test('the U.S. marks an item implemented; the Mexican coordinator is told, finds it by the filter, confirms; the public page names both', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const word = uniqueWord();
  const submitter = await signedIn(browser, 'industry@hled.example');
  const ref = await submitRecommendation(submitter, `Joint crossing dashboard ${word}`);

  // The U.S. coordinator takes it to implemented, which now awaits Mexico.
  const unitedStates = await signedIn(browser, 'coordinator.us@hled.example');
  await unitedStates.goto(`/en/coordinate/${ref}`);
  await unitedStates.getByLabel(/^Initiative/).selectOption({ label: 'I · Joint Semiconductor Supply Chain Action Plan' });
  await unitedStates.getByLabel('How it answers the recommendation (English)').fill(`The plan publishes crossing data (${word}).`);
  await unitedStates.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(unitedStates.getByText('Linked.')).toBeVisible();
  await saveStatus(unitedStates, 'Accepted', {
    en: `Taken up under the action plan (${word}).`,
    es: `Se retoma en el plan de acción (${word}).`,
  });
  await saveStatus(unitedStates, 'Implemented', { en: `The dashboard went live (${word}).`, es: `El tablero ya está en línea (${word}).` });
  await expect(unitedStates.getByText(/Implemented: awaiting confirmation \(confirmed by US\)/)).toBeVisible();
  await expectNoSeriousAxeViolations(unitedStates);
  await unitedStates.goto('/en/account');
  await expect(unitedStates.getByRole('region', { name: 'Alerts for coordinators' })).toBeVisible();
  await expectNoSeriousAxeViolations(unitedStates);

  // The Mexican coordinator, in Spanish: the queue says so, and its filter finds it.
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example', 'es');
  await mexico.goto('/es/coordinate');
  const news = mexico.getByRole('region', { name: 'Para su atención' });
  await expect(news.getByRole('listitem').filter({ hasText: ref })).toContainText(
    'El Gobierno de los Estados Unidos la marcó como implementada',
  );
  const awaiting = mexico
    .getByRole('navigation', { name: 'Por estado' })
    .getByRole('link', { name: /^En espera de la confirmación de mi gobierno \((\d+)\)$/ });
  const count = Number(/\((\d+)\)/.exec((await awaiting.textContent())!)![1]);
  expect(count).toBeGreaterThanOrEqual(1);
  await expectNoSeriousAxeViolations(mexico);
  await awaiting.click();
  await expect(mexico).toHaveURL(/awaiting=mine/);
  await expect(mexico.getByRole('table').getByRole('link', { name: ref })).toBeVisible();

  // Its account page lists the same alert, and there it chooses a daily summary of new submissions.
  await mexico.goto('/es/account');
  const alerts = mexico.getByRole('region', { name: 'Avisos para coordinación' });
  await expect(alerts.getByRole('listitem').filter({ hasText: ref })).toBeVisible();
  await alerts.getByRole('radio', { name: /Enviarme un resumen diario/ }).check();
  await alerts.getByRole('button', { name: 'Guardar mis avisos' }).click();
  await expect(alerts.getByText('Se guardaron sus avisos.')).toBeVisible();
  await expectNoSeriousAxeViolations(mexico);
  await mexico.reload();
  await expect(mexico.getByRole('radio', { name: /Enviarme un resumen diario/ })).toBeChecked();

  await mexico.goto(`/es/coordinate/${ref}`);
  await expectNoSeriousAxeViolations(mexico);
  await mexico.getByRole('button', { name: 'Confirmar', exact: true }).click();
  await expect(mexico.locator('h1 + p .status')).toHaveText('Implementada');
  await mexico.goto('/es/coordinate?awaiting=mine');
  await expect(mexico.getByRole('table').getByRole('link', { name: ref })).toHaveCount(0);

  // The request reached the Mexican coordinator by e-mail too, in Spanish.
  const admin = await signedIn(browser, 'admin@hled.example');
  const emails = await emailsAbout(admin, ref);
  expect(
    emails.some((body) => body.includes(`${ref} espera la confirmación de su gobierno`) && body.includes('coordinator.mx@hled.example')),
  ).toBe(true);

  // The public page: both governments' positions are the confirmation, and the timeline names who did what.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/recommendations/${ref}`);
  const positions = visitor.getByRole('region', { name: 'Each government’s position' });
  await expect(positions).not.toContainText('Neither government has recorded a position yet');
  await expect(positions.getByRole('definition').first()).toContainText('Marked it as “Implemented” on');
  await expect(positions.getByRole('definition').last()).toContainText('Confirmed it as “Implemented” on');
  const timeline = visitor.getByRole('region', { name: 'What happened' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Confirmed by both governments' })).toContainText(
    'The United States government marked it as “Implemented”; the Government of Mexico confirmed it.',
  );
  // The first entry says "Received" once, not "Received Received".
  await expect(timeline.getByRole('listitem').first().locator('.timeline__meta')).not.toContainText(/Received\s*Received/);
  await expectNoSeriousAxeViolations(visitor);
  await visitor.goto(`/es/recommendations/${ref}`);
  await expect(visitor.getByRole('region', { name: 'Posición de cada gobierno' })).toContainText('Confirmó el estado “Implementada” el');
  await expectNoSeriousAxeViolations(visitor);
  await Promise.all([submitter, unitedStates, mexico, admin, visitor].map((page) => page.context().close()));
});

test('the Spanish queue shows a record item by its Spanish translation, marked as one', async ({ browser }) => {
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example', 'es');
  await mexico.goto('/es/coordinate?sort=oldest');
  const translated = mexico.getByRole('table').getByRole('row').filter({ hasText: 'traducción' }).first();
  await expect(translated).toBeVisible();
  await expect(translated.locator('[lang="es"]').first()).toBeVisible();
  await expectNoSeriousAxeViolations(mexico);
  await mexico.context().close();
});

for (const locale of ['en', 'es']) {
  test(`the pages that show coordinators' responses pass axe in ${locale}`, async ({ page }) => {
    test.slow();
    for (const path of ['/decisions', '/you-said-we-did', '/initiatives/semiconductor-supply-chains']) {
      await page.goto(`/${locale}${path}`);
      await expectNoSeriousAxeViolations(page);
    }
  });
}
