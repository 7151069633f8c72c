import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, uniqueWord } from './triage-helpers';

/** Sends a recommendation through the English form, its text declared in `language`, and returns its reference. */
async function submit(page: Page, title: string, body: string, language: 'English' | 'Spanish'): Promise<string> {
  await page.goto('/en/submit');
  await page.getByLabel('Title', { exact: false }).first().fill(title);
  await page.getByLabel('Your recommendation').fill(body);
  await page.getByLabel('Language of your text').selectOption({ label: language });
  await page.getByRole('radio', { name: /Building Back Together/ }).check();
  await page.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await page.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  return (await page.locator('.reference strong').textContent())!;
}

test('a Spanish recommendation reads "available in Spanish only" in English until a coordinator translates and checks it; its English twin then finds it', async ({
  browser,
  request,
}) => {
  test.slow();
  const word = uniqueWord();
  const spanishTitle = `Ventanilla digital única para pymes exportadoras ${word}`;
  const stakeholder = await signedIn(browser, 'industry@hled.example');
  const ref = await submit(
    stakeholder,
    spanishTitle,
    'Crear una ventanilla digital única binacional para que las pymes exportadoras tramiten permisos sanitarios y aduaneros en un solo lugar.',
    'Spanish',
  );

  // Before any translation: the English page shows the Spanish original, marked as such.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/recommendations/${ref}`);
  const heading = visitor.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAttribute('lang', 'es');
  await expect(heading).toContainText(spanishTitle);
  await expect(heading).toContainText('Available in Spanish only');
  await expectNoSeriousAxeViolations(visitor);

  // The coordinator finds it under "Needs translation", translates it side by side and vouches for it.
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  await mexico.goto(`/en/coordinate?translation=needed&q=${word}`);
  await expect(mexico.getByRole('table').getByRole('link', { name: ref })).toBeVisible();
  await expect(mexico.getByText(/Needing a checked translation: \d+ items? into English/)).toBeVisible();
  await mexico.goto(`/en/coordinate/${ref}`);
  const panel = mexico.getByRole('region', { name: 'Translation into English' });
  await expect(panel.getByText('No translation yet')).toBeVisible();
  await expect(panel.locator('[lang="es"]').first()).toContainText(spanishTitle);
  const englishTitle = `Single digital window for small exporters ${word}`;
  await panel.getByLabel('Title of the translation').fill(englishTitle);
  await panel
    .getByLabel('Text of the translation')
    .fill(
      'Create a binational single digital window so that small exporting businesses can file sanitary and customs permits in one place.',
    );
  await panel.getByLabel('I have checked this translation against the original').check();
  await panel.getByRole('button', { name: 'Save translation' }).click();
  await expect(panel.getByText('Translation saved.')).toBeVisible();
  await expect(panel.getByText('Checked by a person', { exact: true })).toBeVisible();
  await expect(panel.locator('p', { hasText: /^Checked by .+ on .+\.$/ })).toBeVisible();
  await expectNoSeriousAxeViolations(mexico);
  await mexico.goto(`/en/coordinate?translation=needed&q=${word}`);
  await expect(mexico.getByRole('table').getByRole('link', { name: ref })).toHaveCount(0);

  // The English register, page, API and CSV now carry the translation, labelled as checked by a person.
  await visitor.goto(`/en/recommendations?q=${word}`);
  const card = visitor.getByRole('listitem').filter({ hasText: ref });
  await expect(card.getByRole('heading', { name: new RegExp(englishTitle) })).toHaveAttribute('lang', 'en');
  await expect(card).toContainText('Translation checked by a person on');
  await expectNoSeriousAxeViolations(visitor);
  await visitor.goto(`/en/recommendations/${ref}`);
  await expect(heading).toContainText(englishTitle);
  await expect(heading).toContainText('Translation checked by a person on');
  await expect(visitor.getByText('Translation from Spanish (checked by a person)')).toBeVisible();
  await expectNoSeriousAxeViolations(visitor);

  const api = await (await request.get(`/api/v1/recommendations/${ref}`)).json();
  expect(api.data.translation).toMatchObject({ language: 'en', title: englishTitle, human_checked: true, state: 'checked' });
  expect(Date.parse(api.data.translation.checked_at)).not.toBeNaN();
  const csv = await (await request.get(`/api/v1/recommendations.csv?q=${word}`)).text();
  const [header, row] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = header!.split(',');
  const cells = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
  expect(cells[columns.indexOf('ref')]).toBe(ref);
  expect(cells[columns.indexOf('translation_state')]).toBe('checked');
  expect(cells[columns.indexOf('title_translation')]).toBe(englishTitle);

  // An English duplicate: its similar-items panel suggests the Spanish original, through its translation.
  const duplicate = await submit(
    stakeholder,
    `A single digital window for small exporters ${word}`,
    'Small exporting businesses should be able to file sanitary and customs permits in one place, through a binational single digital window.',
    'English',
  );
  await mexico.goto(`/en/coordinate/${duplicate}`);
  const similar = mexico.getByRole('region', { name: 'Similar recommendations and merging' });
  await expect(similar.getByRole('listitem').filter({ hasText: ref })).toContainText(/(Strong|Possible) match/);
  await Promise.all([stakeholder.context().close(), mexico.context().close(), visitor.context().close()]);
});
