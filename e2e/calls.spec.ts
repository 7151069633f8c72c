import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { openEmail, signIn } from './session';

const STAKEHOLDER = 'stakeholder@hled.example'; // writes in Spanish; owns the sample "Publicar los tiempos de espera…" (Pillar I)
const COORDINATOR = 'coordinator.us@hled.example';
const CLOCK_COOKIE = 'hled-test-clock';

async function signedIn(browser: Browser, email: string, locale: 'en' | 'es') {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** Three weeks ahead at 18:00 Mexico City time (UTC-6): what the coordinator types, and the UTC instant it is. */
function closingMoment() {
  const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  return { typed: `${day}T18:00`, utc: new Date(`${day}T18:00:00-06:00`) };
}

async function fillAnswer(page: Page, title: string) {
  await page.getByLabel('Título', { exact: false }).first().fill(title);
  await page
    .getByLabel('Su recomendación')
    .fill(
      'Proponemos que ambos gobiernos mapeen la cadena de suministro de dispositivos médicos, con datos abiertos por estado y por frontera.',
    );
  await page.getByRole('radio', { name: /Reconstruir juntos/ }).check();
  await page.getByRole('radio', { name: 'Publicarla sin mi nombre' }).check();
}

async function openACall(coordinator: Page, slug: string, title: string, closesAt: string) {
  await coordinator.goto('/en/coordinate/calls');
  await expectNoSeriousAxeViolations(coordinator);
  await coordinator.getByLabel('Address', { exact: false }).first().fill(slug);
  await coordinator.getByLabel('Meeting it prepares').selectOption('sample-upcoming-mid-year-review');
  await coordinator.getByLabel('Title in English').fill(title);
  await coordinator.getByLabel('Title in Spanish').fill(`${title} (ES)`);
  await coordinator.getByLabel('Introduction in English').fill('Tell the two governments which supply chains to map next, and why.');
  await coordinator
    .getByLabel('Introduction in Spanish')
    .fill('Diga a los dos gobiernos qué cadenas de suministro mapear después, y por qué.');
  await coordinator.getByRole('group', { name: 'Pillars it covers' }).getByRole('checkbox', { name: /^I\. / }).check();
  await coordinator.getByLabel('Closes at (Mexico City time)').fill(closesAt);
  await coordinator.getByRole('button', { name: 'Add a question' }).click();
  await coordinator.getByLabel('Pillar of question 1').selectOption({ index: 1 });
  await coordinator.getByLabel('Question 1 in English').fill('Which supply chain should be mapped next?');
  await coordinator.getByLabel('Question 1 in Spanish').fill('¿Qué cadena de suministro debería mapearse después?');
  await coordinator.getByRole('button', { name: 'Save as draft' }).click();
  await expect(coordinator.getByText('The call was saved as a draft')).toBeVisible();
  const card = coordinator.getByRole('listitem').filter({ hasText: title });
  await card.getByRole('button', { name: 'Open the call now' }).click();
  await expect(card.getByText('Open', { exact: true })).toBeVisible();
}

test('a call for input: opened, announced, answered, reaffirmed into, closed at its deadline, counted, and unsubscribed from', async ({
  browser,
}) => {
  // Three people, nine pages with an axe audit each: a long journey on a shared machine.
  test.setTimeout(240_000);
  const slug = `e2e-call-${Date.now()}`;
  const title = `Supply chains to map next ${Date.now()}`;
  const closing = closingMoment();

  // A stakeholder subscribes to Pillar I.
  const stakeholder = await signedIn(browser, STAKEHOLDER, 'es');
  const subscriptions = stakeholder.getByRole('region', { name: 'Convocatorias por correo' });
  await subscriptions.getByRole('checkbox', { name: /^I\. / }).check();
  await subscriptions.getByRole('button', { name: 'Guardar mis suscripciones' }).click();
  await expect(subscriptions.getByText('Sus suscripciones se guardaron.')).toBeVisible();
  await expectNoSeriousAxeViolations(stakeholder);

  // A coordinator opens a call with one question for Pillar I.
  const coordinator = await signedIn(browser, COORDINATOR, 'en');
  await openACall(coordinator, slug, title, closing.typed);

  // The subscriber gets the e-mail, in Spanish, with a one-click unsubscribe link.
  await openEmail(stakeholder, `Convocatoria abierta: ${title} (ES)`, 'es');
  // openEmail returns once a heading shows, which the account page's may still be: wait for the message itself.
  await expect(stakeholder).toHaveURL(/\/es\/outbox\//);
  await expect(stakeholder.locator('main')).toContainText(`/es/calls/${slug}`);
  const email = (await stakeholder.locator('main').textContent()) ?? '';
  expect(email).toContain(`/es/calls/${slug}`);
  const unsubscribeLink = /https?:\/\/\S+\/es\/unsubscribe\?token=[^\s"<]+/.exec(email)?.[0];
  expect(unsubscribeLink).toBeTruthy();

  // They answer it in Spanish from the call's page, choosing its question.
  await stakeholder.goto(`/es/calls/${slug}`);
  await expect(stakeholder.getByRole('heading', { level: 1, name: `${title} (ES)` })).toBeVisible();
  await expectNoSeriousAxeViolations(stakeholder);
  await stakeholder.getByRole('link', { name: 'Responder a esta convocatoria' }).click();
  await expect(stakeholder.getByLabel('Convocatoria', { exact: true })).toHaveValue(slug);
  await fillAnswer(stakeholder, 'Mapear la cadena de dispositivos médicos');
  await stakeholder.getByLabel('Pregunta', { exact: true }).selectOption({ label: '¿Qué cadena de suministro debería mapearse después?' });
  await stakeholder.getByRole('button', { name: 'Enviar la recomendación' }).click();
  await expect(stakeholder).toHaveURL(/\/es\/submit\/received\/HLED-\d{4}-\d{4,}/);
  const answered = /HLED-\d{4}-\d{4,}/.exec(stakeholder.url())![0];

  // Later they reaffirm an older recommendation into the call, with a note.
  await stakeholder.goto('/es/account');
  // The list links each item by its reference; the row holds its title.
  await stakeholder.getByRole('row').filter({ hasText: 'Publicar los tiempos de espera' }).first().getByRole('link').click();
  await expect(stakeholder).toHaveURL(/\/es\/account\/recommendations\/HLED-\d{4}-\d{4,}/);
  const older = /HLED-\d{4}-\d{4,}/.exec(stakeholder.url())![0];
  const reaffirm = stakeholder.getByRole('region', { name: 'Reafirmar en una convocatoria abierta' });
  await reaffirm.getByLabel('Convocatoria abierta').selectOption(slug);
  await reaffirm.getByLabel('Nota de actualización (opcional)').fill('Sigue pendiente en los cruces de Nuevo Laredo.');
  await reaffirm.getByRole('button', { name: 'Reafirmarla' }).click();
  // The action refreshes stored pages, so it answers with this page rendered again: still in Spanish.
  await expect(reaffirm.getByRole('status').filter({ hasText: `Reafirmada en la convocatoria ${title} (ES).` })).toBeVisible();
  await expect(stakeholder.locator('html')).toHaveAttribute('lang', 'es');

  // After the deadline (the server's clock moved past it), the form refuses with a clear message and stores nothing.
  await stakeholder.goto(`/es/submit?call=${slug}`);
  await fillAnswer(stakeholder, 'Una respuesta que llega tarde a la convocatoria');
  await stakeholder.context().addCookies([afterTheDeadline(stakeholder, closing.utc)]);
  await stakeholder.getByRole('button', { name: 'Enviar la recomendación' }).click();
  await expect(stakeholder.getByRole('alert').filter({ hasText: 'Esta convocatoria cerró el' })).toContainText(
    'así que su recomendación no se envió',
  );
  await expect(stakeholder).toHaveURL(/\/es\/submit/);
  await stakeholder.goto('/es/account');
  await expect(stakeholder.getByText('Una respuesta que llega tarde')).toHaveCount(0);

  // The public call page, now closed, shows the counts and the answered items.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.context().addCookies([afterTheDeadline(coordinator, closing.utc)]);
  for (const locale of ['en', 'es'] as const) {
    await visitor.goto(`/${locale}/calls/${slug}`);
    await expect(visitor.getByText(locale === 'en' ? 'Closed' : 'Cerrada', { exact: true }).first()).toBeVisible();
    await expect(visitor.getByText(locale === 'en' ? /2 answers counted\./ : /2 respuestas contadas\./)).toBeVisible();
    await expect(visitor.getByRole('link', { name: new RegExp(answered) })).toBeVisible();
    await expect(visitor.getByRole('link', { name: new RegExp(older) })).toBeVisible();
    await expect(visitor.getByRole('table', { name: locale === 'en' ? 'By sector' : 'Por sector' })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
    await visitor.goto(`/${locale}/calls`);
    await expect(visitor.getByRole('link', { name: locale === 'en' ? title : `${title} (ES)` })).toBeVisible();
    await expectNoSeriousAxeViolations(visitor);
  }

  // The recommendation pages show the trail across rounds.
  await visitor.goto(`/en/recommendations/${older}`);
  const trail = visitor.getByRole('region', { name: 'Across the dialogue’s rounds' });
  await expect(trail).toContainText(`Reaffirmed in the call ${title}`);
  await visitor.goto(`/es/recommendations/${answered}`);
  await expect(visitor.getByRole('region', { name: 'A lo largo de las rondas del diálogo' })).toContainText(
    `Planteada en la convocatoria ${title} (ES)`,
  );

  // The unsubscribe link works once, signed out.
  const signedOut = await (await browser.newContext()).newPage();
  await signedOut.goto(unsubscribeLink!);
  await expectNoSeriousAxeViolations(signedOut);
  await signedOut.getByRole('button', { name: 'Cancelar la suscripción' }).click();
  await expect(signedOut.getByText(/Canceló su suscripción al Pilar I/)).toBeVisible();
  await signedOut.goto(unsubscribeLink!);
  await expect(signedOut.getByText(/Este enlace ya se usó/)).toBeVisible();
  await expect(signedOut.getByRole('button', { name: 'Cancelar la suscripción' })).toHaveCount(0);
});

test('the calls pages fit a 360 px screen in both languages @phone', async ({ page }) => {
  test.setTimeout(120_000);
  for (const locale of ['en', 'es'] as const) {
    await page.goto(`/${locale}/calls`);
    await page.getByRole('link', { name: locale === 'en' ? /Sample call/ : /Convocatoria de muestra/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const url of [`/${locale}/calls`, page.url()]) {
      await page.goto(url);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `sideways scroll on ${url}`).toBeLessThanOrEqual(clientWidth);
      await expectNoSeriousAxeViolations(page);
    }
  }
});

/** The test clock's cookie, a minute past the deadline, for every address of the site (a cookie set for a page's URL would only reach that page's folder). */
function afterTheDeadline(page: Page, closesAt: Date) {
  const { hostname } = new URL(page.url());
  return { name: CLOCK_COOKIE, value: new Date(closesAt.getTime() + 60_000).toISOString(), domain: hostname, path: '/' };
}

test('a coordinator records input received by letter on behalf of an organization, and its public page says so', async ({ browser }) => {
  test.slow();
  const organization = `Consejo Binacional de Transportistas ${Date.now()}`;
  const coordinator = await signedIn(browser, COORDINATOR, 'en');
  await coordinator.goto('/en/coordinate/calls');
  await expect(coordinator.getByRole('heading', { level: 2, name: 'Record input received in a meeting or by letter' })).toBeVisible();
  // The demo's sample call, not the one another test of this file opens and counts.
  await coordinator.getByLabel(/^Call for input/).selectOption({ label: 'Sample call: input for the next mid-year review' });
  await coordinator.getByLabel(/^How it was received/).selectOption('letter');
  await coordinator.getByLabel(/^Date received/).fill(new Date().toISOString().slice(0, 10));
  await coordinator.getByLabel(/^Organization/).fill(organization);
  await coordinator.getByLabel(/^Sector of the organization/).selectOption('private_sector');
  await coordinator.getByLabel(/^Country of the organization/).selectOption('mx');
  await coordinator.getByLabel(/^Pillar/).selectOption({ index: 1 });
  await coordinator.getByLabel(/^Title of the recommendation/).fill('Extend the hours of the cargo lanes at the busiest bridges');
  await coordinator
    .getByLabel(/^Text of the recommendation, as received/)
    .fill('Proponemos ampliar el horario de los carriles de carga en los puentes con más tránsito de la frontera norte.');
  await coordinator.getByLabel(/^Language of the text/).selectOption('es');
  await coordinator.getByLabel(/^What the organization agreed may be published/).selectOption('name_and_organization');
  await coordinator.getByRole('button', { name: 'Record the input' }).click();
  const recorded = coordinator.getByText(/^Recorded as HLED-\d{4}-\d{4,}\.$/);
  await expect(recorded).toBeVisible();
  await expectNoSeriousAxeViolations(coordinator);
  const ref = /HLED-\d{4}-\d{4,}/.exec((await recorded.textContent())!)![0];

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/recommendations/${ref}`);
  await expect(visitor.getByRole('main')).toContainText(organization);
  await expect(visitor.getByRole('main')).toContainText('Received by letter');
  await expectNoSeriousAxeViolations(visitor);
  await Promise.all([coordinator, visitor].map((page) => page.context().close()));
});
