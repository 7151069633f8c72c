import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, submitRecommendation, uniqueWord } from './triage-helpers';
import { focusWhenReady } from './keyboard';

test('a response written in both languages reads as an unchecked translation until a coordinator checks it, on the page and in the API', async ({
  browser,
  request,
}) => {
  test.slow();
  const word = uniqueWord();
  const english = `Customs will pilot hourly crossing data (${word}).`;
  const spanish = `Las aduanas pondrán a prueba datos de cruce por hora (${word}).`;
  const submitter = await signedIn(browser, 'industry@hled.example');
  const ref = await submitRecommendation(submitter, `Hourly crossing data ${word}`);

  const coordinator = await signedIn(browser, 'coordinator.mx@hled.example');
  await coordinator.goto(`/en/coordinate/${ref}`);
  await coordinator.getByLabel('New status').selectOption({ label: 'Under review' });
  await coordinator.getByLabel('Public response in English').fill(english);
  await coordinator.getByLabel('Public response in Spanish').fill(spanish);
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(coordinator.getByText('Status saved.')).toBeVisible();

  // The item is in English, so its Spanish response is the translation, and nobody has checked it yet.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/es/recommendations/${ref}`);
  const response = visitor.getByRole('region', { name: 'Qué ha pasado' }).getByRole('listitem').filter({ hasText: spanish });
  await expect(response).toContainText('Traducción aún no revisada por una persona');
  await visitor.goto(`/en/recommendations/${ref}`);
  await expect(visitor.getByRole('region', { name: 'What happened' }).getByRole('listitem').filter({ hasText: english })).not.toContainText(
    'Translation',
  );

  // The coordinator checks it from the history, with the keyboard, saying which language is the original.
  const history = coordinator.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: english });
  await expect(history).toContainText('Translation into Spanish not yet checked by a person.');
  await focusWhenReady(history.getByText('Check the translation'));
  await coordinator.keyboard.press('Enter');
  await expect(history.getByRole('radio', { name: 'English is the original' })).toBeChecked();
  await focusWhenReady(history.getByRole('button', { name: 'Mark the translation as checked' }));
  await coordinator.keyboard.press('Enter');
  await expect(history.getByText('Translation checked.')).toBeVisible();
  await expect(history).toContainText(/Translation into Spanish checked by Mariana Torres Aguilar on .+\./);
  await expectNoSeriousAxeViolations(coordinator);

  await visitor.goto(`/es/recommendations/${ref}`);
  await expect(response).toContainText('Traducción revisada por una persona el');
  await expectNoSeriousAxeViolations(visitor);
  const api = await (await request.get(`/api/v1/recommendations/${ref}`)).json();
  const event = api.data.timeline.find((e: { to_status: string }) => e.to_status === 'under_review');
  expect(event.response_translation).toMatchObject({ original: 'en', language: 'es', state: 'checked' });
  expect(Date.parse(event.response_translation.checked_at)).not.toBeNaN();
  await Promise.all([submitter.context().close(), coordinator.context().close(), visitor.context().close()]);
});

test('the record’s Spanish texts read as translations not yet checked until a coordinator checks one', async ({ browser, request }) => {
  // A sign-in, five page loads and three axe audits: 25–30 s when the suite's other journeys share the machine.
  test.slow();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/es/initiatives/competency-certification');
  const description = visitor.locator('p.lead');
  await expect(description).toContainText('Traducción aún no revisada por una persona');
  await expect(
    visitor.getByRole('region', { name: 'Cronología de avances' }).getByText('Traducción aún no revisada por una persona').first(),
  ).toBeVisible();
  await visitor.goto('/en/initiatives/competency-certification');
  await expect(visitor.locator('p.lead')).not.toContainText('Translation');

  const coordinator = await signedIn(browser, 'coordinator.pillar4@hled.example');
  // The list of initiatives says how many of each one's texts await a check.
  await coordinator.goto('/en/coordinate/initiatives');
  const row = coordinator
    .getByRole('row')
    .filter({ has: coordinator.locator('a[href$="/coordinate/initiatives/competency-certification"]') });
  const awaiting = async () => Number(await row.getByRole('cell').last().textContent());
  const before = await awaiting();
  expect(before).toBeGreaterThan(0);
  await coordinator.goto('/en/coordinate/initiatives/competency-certification');
  await expect(coordinator.getByText('Translation into Spanish not yet checked by a person.').first()).toBeVisible();
  const edit = coordinator.getByRole('region', { name: 'Edit', exact: true });
  await edit.getByText('Check the translation').click();
  await edit.getByRole('button', { name: 'Mark the translation as checked' }).click();
  await expect(edit.getByText('Translation checked.')).toBeVisible();
  await expect(edit).toContainText(/Translation into Spanish checked by Casey Morgan on/);
  await expectNoSeriousAxeViolations(coordinator);
  await coordinator.goto('/en/coordinate/initiatives');
  expect(await awaiting()).toBe(before - 1);

  await visitor.goto('/es/initiatives/competency-certification');
  await expect(description).toContainText('Traducción revisada por una persona el');
  await expectNoSeriousAxeViolations(visitor);
  const api = await (await request.get('/api/v1/initiatives/competency-certification')).json();
  expect(api.data.description_translation).toMatchObject({ original: 'en', language: 'es', state: 'checked' });
  expect(api.data.progress[0].text_translation).toMatchObject({ state: 'unchecked' });
  await Promise.all([coordinator.context().close(), visitor.context().close()]);
});
