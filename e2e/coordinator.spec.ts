import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn } from './session';
import { focusWhenReady } from './keyboard';
import { signedIn } from './triage-helpers';

/** Opens a sample from the queue by searching its title, the way a coordinator finds an item. */
async function openFromQueue(page: Page, words: string): Promise<string> {
  await page.goto('/en/coordinate');
  await page.getByLabel('Search the text or a reference').fill(words);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const link = page
    .getByRole('table')
    .getByRole('link', { name: /^HLED-/ })
    .first();
  const ref = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/coordinate/${ref}$`));
  return ref;
}

async function changeStatus(page: Page, status: string, response?: { en: string; es: string }) {
  await page.getByLabel('New status').selectOption({ label: status });
  if (response) {
    await page.getByLabel('Public response in English').fill(response.en);
    await page.getByLabel('Public response in Spanish').fill(response.es);
  }
  await page.getByRole('button', { name: 'Save the status' }).click();
  await expect(page.getByText('Status saved.')).toBeVisible();
}

function capture(page: Page): () => Request | undefined {
  let last: Request | undefined;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) last = request;
  });
  return () => last;
}

async function replay(page: Page, call: Request) {
  const response = await page.request.post(call.url(), {
    headers: {
      'next-action': call.headers()['next-action']!,
      'content-type': call.headers()['content-type']!,
      origin: new URL(call.url()).origin,
      accept: 'text/x-component',
    },
    data: call.postData()!,
  });
  return response.text();
}

test('a recommendation goes from received to implemented, confirmed by both governments, and its submitter sees each step', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  const ref = await openFromQueue(mexico, 'joint map semiconductor suppliers');
  await expectNoSeriousAxeViolations(mexico);

  await changeStatus(mexico, 'Under review');
  // Accepting needs a linked initiative: the workflow refuses it first, with a reason.
  await mexico.getByLabel('New status').selectOption({ label: 'Accepted' });
  await mexico.getByLabel('Public response in English').fill('Both governments take this up.');
  await mexico.getByLabel('Public response in Spanish').fill('Ambos gobiernos la retoman.');
  await mexico.getByRole('button', { name: 'Save the status' }).click();
  await expect(mexico.getByRole('alert').filter({ hasText: 'Link the recommendation to at least one initiative first.' })).toBeVisible();

  await mexico.getByLabel(/^Initiative/).selectOption({ label: 'I · Joint Semiconductor Supply Chain Action Plan' });
  await mexico.getByLabel('How it answers the recommendation (English)').fill('The action plan maps suppliers in both countries.');
  await mexico.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(mexico.getByText('Linked.')).toBeVisible();

  await changeStatus(mexico, 'Accepted', {
    en: 'Both governments take this up under the semiconductor action plan.',
    es: 'Ambos gobiernos la retoman en el plan de acción de semiconductores.',
  });
  await changeStatus(mexico, 'In progress', {
    en: 'Supplier mapping is under way with CANIETI.',
    es: 'El mapeo de proveedores está en curso con CANIETI.',
  });
  await changeStatus(mexico, 'Implemented', {
    en: 'The joint supplier directory was published.',
    es: 'Se publicó el directorio conjunto de proveedores.',
  });
  await expect(mexico.getByText(/Implemented: awaiting confirmation \(confirmed by MX\)/)).toBeVisible();

  const unitedStates = await signedIn(browser, 'coordinator.us@hled.example');
  await unitedStates.goto(`/en/coordinate/${ref}`);
  await unitedStates.getByRole('button', { name: 'Confirm', exact: true }).click();
  // The confirmation section goes away once nothing is pending: the status itself is the outcome.
  await expect(unitedStates.locator('h1 + p .status')).toHaveText('Implemented');
  await expect(unitedStates.getByRole('button', { name: 'Confirm', exact: true })).toHaveCount(0);

  const submitter = await signedIn(browser, 'industry@hled.example');
  await submitter.goto(`/en/account/recommendations/${ref}`);
  const history = submitter.getByRole('region', { name: 'History' });
  for (const step of [
    'Under review',
    'Linked to an initiative',
    'Both governments take this up',
    'Supplier mapping is under way',
    'The joint supplier directory was published',
  ]) {
    await expect(history.getByText(step).first()).toBeVisible();
  }
  await expect(submitter.locator('dd .status')).toHaveText('Implemented');
  await submitter.goto('/en/account');
  await expect(submitter.getByRole('region', { name: 'News about my recommendations' })).toContainText(ref);
  await Promise.all([mexico.context().close(), unitedStates.context().close(), submitter.context().close()]);
});

test('a coordinator limited to Pillar IV cannot act on a Pillar I item, by the interface or a direct call', async ({ browser }) => {
  test.slow();
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  const ref = await openFromQueue(mexico, 'Unified Cargo Processing');
  const lastCall = capture(mexico);
  await mexico.getByLabel('New note').fill('Checked with customs.');
  await mexico.getByRole('button', { name: 'Add the note' }).click();
  await expect(mexico.getByText('Checked with customs.')).toBeVisible();
  const noteCall = lastCall()!;

  const pillarFour = await signedIn(browser, 'coordinator.pillar4@hled.example');
  await pillarFour.goto('/en/coordinate');
  await expect(pillarFour.getByText('You work on pillar IV.')).toBeVisible();
  await expect(pillarFour.getByRole('link', { name: ref })).toHaveCount(0);
  expect((await pillarFour.goto(`/en/coordinate/${ref}`))?.status()).toBe(404);
  expect(await replay(pillarFour, noteCall)).toContain('notFound');

  const stakeholder = await signedIn(browser, 'stakeholder@hled.example');
  expect((await stakeholder.goto('/en/coordinate'))?.status()).toBe(404);
  expect(await replay(stakeholder, noteCall)).toContain('forbidden');

  await mexico.reload();
  await expect(mexico.getByText('Checked with customs.')).toHaveCount(1);
  await Promise.all([mexico.context().close(), pillarFour.context().close(), stakeholder.context().close()]);
});

test('a duplicate is merged into its original, and spam is hidden from every public page', async ({ browser }) => {
  test.slow();
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  const original = await openFromQueue(mexico, 'publicar tiempos espera carga');
  const duplicate = await openFromQueue(mexico, 'consulta pública Otay Mesa');
  await mexico.getByLabel('Merge into (reference of the original)').fill(original);
  await mexico.getByRole('button', { name: 'Merge the duplicate' }).click();
  // The merge form goes away with the open status: the page itself shows the outcome.
  await expect(mexico.locator('h1 + p .status')).toHaveText('Merged');
  await expect(mexico.getByRole('link', { name: original })).toBeVisible();

  // Spam: first linked to an initiative (so it is on a public page), then hidden.
  const spam = await openFromQueue(mexico, 'APEC Cross-Border Privacy Rules exporters');
  await mexico.getByLabel(/^Initiative/).selectOption({ label: 'III · Digital Cooperation on Cross-Border Privacy Rules' });
  await mexico.getByLabel('How it answers the recommendation (English)').fill('The joint CBPR campaign.');
  await mexico.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(mexico.getByText('Linked.')).toBeVisible();
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/en/initiatives/cross-border-privacy-rules');
  await expect(anonymous.getByText(spam)).toBeVisible();

  await mexico.getByLabel('Internal reason').fill('Advertising, not a recommendation.');
  await mexico.getByRole('button', { name: 'Hide it' }).click();
  await expect(mexico.locator('h1 + p .status')).toHaveText('Hidden');
  for (const path of [
    '/en',
    '/en/initiatives/cross-border-privacy-rules',
    '/en/pillars/tools-for-future-prosperity',
    '/es/initiatives/cross-border-privacy-rules',
  ]) {
    await anonymous.goto(path);
    await expect(anonymous.getByText(spam)).toHaveCount(0);
    await expect(anonymous.getByText('Promote the APEC Cross-Border Privacy Rules system among exporters')).toHaveCount(0);
  }
  await Promise.all([mexico.context().close(), anonymous.context().close()]);
  void duplicate;
});

test('two coordinators change the same item: the second is told of the conflict and keeps what was typed', async ({ browser }) => {
  test.slow();
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  const ref = await openFromQueue(mexico, 'NIST Cybersecurity Framework workshops small suppliers');
  const unitedStates = await signedIn(browser, 'coordinator.us@hled.example');
  await unitedStates.goto(`/en/coordinate/${ref}`);

  await changeStatus(mexico, 'Under review');
  await unitedStates.getByLabel('New status').selectOption({ label: 'Not adopted' });
  await unitedStates.getByLabel('Reason for not adopting it').selectOption({ label: 'Other' });
  await unitedStates.getByLabel('Public response in English').fill('A long response the coordinator must not lose.');
  await unitedStates.getByLabel('Public response in Spanish').fill('Una respuesta larga que no debe perderse.');
  await unitedStates.getByRole('button', { name: 'Save the status' }).click();
  await expect(unitedStates.getByRole('alert').filter({ hasText: 'This recommendation was changed elsewhere' })).toBeVisible();
  await expect(unitedStates.getByLabel('Public response in English')).toHaveValue('A long response the coordinator must not lose.');
  await expect(unitedStates.getByLabel('Public response in Spanish')).toHaveValue('Una respuesta larga que no debe perderse.');
  await Promise.all([mexico.context().close(), unitedStates.context().close()]);
});

test('the queue filters by status and pillar in the address, works by keyboard and passes axe', async ({ page }) => {
  await signIn(page, 'coordinator.us@hled.example');
  await page.goto('/en/coordinate');
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Pillar').selectOption({ label: 'IV · Investing in Our People' });
  await page.getByLabel('Search the text or a reference').press('Enter');
  await expect(page).toHaveURL(/pillar=investing-in-our-people/);
  await page
    .getByRole('navigation', { name: 'By status' })
    .getByRole('link', { name: /^Received/ })
    .click();
  await expect(page).toHaveURL(/status=received/);
  await expect(page).toHaveURL(/pillar=investing-in-our-people/);
  const rows = page.getByRole('table').getByRole('row');
  expect(await rows.count()).toBeGreaterThan(1);
  for (const cell of await page.getByRole('table').locator('tbody td:nth-child(4)').allTextContents()) expect(cell).toContain('Received');

  // Keyboard: select the first row and assign it to me.
  await focusWhenReady(page.getByRole('checkbox', { name: /^Select HLED-/ }).first());
  await page.keyboard.press('Space');
  await expect(page.getByText('1 selected')).toBeVisible();
  await focusWhenReady(page.getByRole('button', { name: 'Assign to me' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Done.')).toBeVisible();
  await page.goto('/en/coordinate?assigned=me');
  await expect(page.getByRole('table').getByRole('link', { name: /^HLED-/ })).toHaveCount(1);
});

test('a coordinator records a progress update with a figure, and the public sees it on the initiative page', async ({ browser }) => {
  test.slow();
  const coordinator = await signedIn(browser, 'coordinator.pillar4@hled.example');
  await coordinator.goto('/en/coordinate');
  await coordinator.getByRole('link', { name: 'Initiatives of my pillars' }).click();
  await expectNoSeriousAxeViolations(coordinator);
  await coordinator.getByRole('link', { name: 'New initiative' }).click();
  await expect(coordinator.getByLabel(/^Address \(slug\)/)).toBeVisible();
  await expectNoSeriousAxeViolations(coordinator);
  await coordinator.goBack();
  await coordinator.getByRole('link', { name: 'Competency Certification' }).click();
  await expectNoSeriousAxeViolations(coordinator);
  await coordinator.getByLabel('Meeting that reported it').selectOption({ index: 1 });
  await coordinator.getByLabel('What was done (English)').fill('The binational glossary of certifications was published.');
  await coordinator.getByLabel('What was done (Spanish)').fill('Se publicó el glosario binacional de certificaciones.');
  await coordinator.getByLabel('Figure (optional)').fill('340');
  await coordinator.getByLabel('Unit of the figure (English)').fill('certifications compared');
  await coordinator.getByLabel('Unit of the figure (Spanish)').fill('certificaciones comparadas');
  await coordinator.getByRole('button', { name: 'Record a progress update' }).click();
  await expect(coordinator.getByText('Progress update recorded.')).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/es/initiatives/competency-certification');
  const entry = visitor.getByRole('listitem').filter({ hasText: 'Se publicó el glosario binacional de certificaciones.' });
  await expect(entry).toContainText('340');
  await expect(entry).toContainText('certificaciones comparadas');
  await Promise.all([coordinator.context().close(), visitor.context().close()]);
});
