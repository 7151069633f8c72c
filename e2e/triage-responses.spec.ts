import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { emailsAbout, signedIn, submitRecommendation, uniqueWord } from './triage-helpers';

async function saveStatus(page: Page, status: string, responses: { en?: string; es?: string }) {
  await page.getByLabel('New status').selectOption({ label: status });
  if (responses.en !== undefined) await page.getByLabel('Public response in English').fill(responses.en);
  if (responses.es !== undefined) await page.getByLabel('Public response in Spanish').fill(responses.es);
  await page.getByRole('button', { name: 'Save the status' }).click();
  await expect(page.getByText('Status saved.')).toBeVisible();
}

/** The site setting "Public responses in both languages", saved by an administrator. */
async function requireBothLanguages(admin: Page, on: boolean) {
  await admin.goto('/en/admin/settings');
  await admin.getByRole('checkbox', { name: /^Public responses in both languages/ }).setChecked(on);
  await admin.getByRole('button', { name: 'Save the settings' }).click();
  await expect(admin.getByText('The settings were saved.')).toBeVisible();
}

test('both languages are asked for by default; turned off, a Spanish-only response after a bilingual one publishes no English text from before: page, API, CSV, e-mails', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const word = uniqueWord();
  const oldEnglish = `Both governments take this up (${word}).`;
  const spanishOnly = `La medición de tiempos de cruce comenzó en Nogales (${word}).`;

  const submitter = await signedIn(browser, 'industry@hled.example');
  const ref = await submitRecommendation(submitter, `Hourly crossing times ${word}`);

  const coordinator = await signedIn(browser, 'coordinator.us@hled.example');
  // Before anything is saved, the form says that a public response is needed in both languages, in Spanish too.
  await coordinator.goto(`/es/coordinate/${ref}`);
  await expect(coordinator.getByLabel('Respuesta pública en español')).toHaveAccessibleDescription(/Escríbala en inglés y en español/);
  await coordinator.goto(`/en/coordinate/${ref}`);
  await saveStatus(coordinator, 'Under review', {});
  await coordinator.getByLabel(/^Initiative/).selectOption({ label: 'I · Joint Semiconductor Supply Chain Action Plan' });
  await coordinator.getByLabel('How it answers the recommendation (English)').fill(`The plan covers crossings (${word}).`);
  await coordinator.getByLabel('How it answers the recommendation (Spanish)').fill(`El plan cubre los cruces (${word}).`);
  await coordinator.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(coordinator.getByText('Linked.')).toBeVisible();
  // After "Linked." the link form starts empty: nothing from this link can slip into the next one.
  await expect.soft(coordinator.getByLabel(/^Initiative/)).toHaveValue('');
  await expect.soft(coordinator.getByLabel('How it answers the recommendation (English)')).toHaveValue('');

  // The site asks for both languages by default: the hint says so, read with either field, and a response
  // in English only is refused on the Spanish field, which gets the focus, with what was typed kept.
  const english = coordinator.getByLabel('Public response in English');
  const spanish = coordinator.getByLabel('Public response in Spanish');
  for (const field of [english, spanish]) await expect(field).toHaveAccessibleDescription(/Write it in English and in Spanish/);
  await coordinator.getByLabel('New status').selectOption({ label: 'Accepted' });
  await english.fill(oldEnglish);
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(spanish).toHaveAccessibleDescription(/^Write this response in Spanish too/);
  await expect(spanish).toHaveAttribute('aria-invalid', 'true');
  await expect(spanish).toBeFocused();
  await expect(english).not.toHaveAttribute('aria-invalid', 'true');
  await expect(english).toHaveValue(oldEnglish);
  await expect(coordinator.getByText('Status saved.')).toHaveCount(0);
  await expectNoSeriousAxeViolations(coordinator);
  await spanish.fill(`Ambos gobiernos la retoman (${word}).`);
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(coordinator.getByText('Status saved.')).toBeVisible();
  // After "Status saved." the status form starts empty, with no status chosen for the coordinator.
  await expect.soft(coordinator.getByLabel('New status').locator('option:checked')).toHaveText('Choose…');
  await expect.soft(coordinator.getByLabel('Public response in English')).toHaveValue('');
  await expect.soft(coordinator.getByLabel('Public response in Spanish')).toHaveValue('');

  // An administrator turns the setting off; the form then says that a language left empty is shown as
  // pending, and the coordinator writes the next response in Spanish only. The setting is back on at once:
  // the other journeys write both languages and pass either way.
  const admin = await signedIn(browser, 'admin@hled.example');
  await requireBothLanguages(admin, false);
  try {
    await coordinator.reload();
    for (const field of [english, spanish])
      await expect(field).toHaveAccessibleDescription(/available in English only: not yet translated/);
    await saveStatus(coordinator, 'In progress', { es: spanishOnly });
  } finally {
    await requireBothLanguages(admin, true);
  }

  // The public page, in English: the new response is the Spanish one, marked as such, and nothing older.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/recommendations/${ref}`);
  const timeline = visitor.getByRole('region', { name: 'What happened' });
  const latest = timeline.getByRole('listitem').filter({ hasText: spanishOnly });
  await expect(latest).toContainText('In progress');
  await expect(latest).not.toContainText(oldEnglish);
  await expect(latest).toContainText('Response available in Spanish only');
  await expect(latest.locator('[lang="es"]').filter({ hasText: spanishOnly })).toBeVisible();
  await expect(timeline.getByText(oldEnglish)).toHaveCount(1);
  await expectNoSeriousAxeViolations(visitor);
  await visitor.goto(`/es/recommendations/${ref}`);
  await expect(
    visitor.getByRole('region', { name: 'Qué ha pasado' }).getByRole('listitem').filter({ hasText: spanishOnly }),
  ).not.toContainText('Respuesta disponible solo en');
  await expectNoSeriousAxeViolations(visitor);

  // The API says which languages the response was written in, and never fills one from another event.
  const api = (await (await visitor.request.get(`/api/v1/recommendations/${ref}`)).json()).data;
  const inProgress = api.timeline.find((event: { to_status: string | null }) => event.to_status === 'in_progress');
  expect(inProgress.response).toEqual({ en: null, es: spanishOnly });
  expect(inProgress.response_languages).toEqual(['es']);

  // The CSV carries no response text; the recommendation's row holds nothing of the English response.
  const csv = await (await visitor.request.get('/api/v1/recommendations.csv')).text();
  const row = csv.split('\r\n').find((line) => line.startsWith(`${ref},`));
  expect(row).toBeDefined();
  expect(row).not.toContain(oldEnglish);

  // The submitter's own page, in English, marks it the same way.
  await submitter.goto(`/en/account/recommendations/${ref}`);
  const history = submitter.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: spanishOnly });
  await expect(history).toContainText('Response available in Spanish only');
  await expect(history).not.toContainText(oldEnglish);
  await expectNoSeriousAxeViolations(submitter);

  // The submitter's e-mail (in English) gives the Spanish response, says so, and repeats nothing older.
  const emails = await emailsAbout(admin, ref);
  const told = emails.find((body) => body.includes('Its status is now: In progress.'));
  expect(told).toBeDefined();
  expect(told).toContain(spanishOnly);
  expect(told).toContain('available in Spanish only');
  expect(told).not.toContain(oldEnglish);
  await Promise.all([submitter.context().close(), coordinator.context().close(), visitor.context().close(), admin.context().close()]);
});
