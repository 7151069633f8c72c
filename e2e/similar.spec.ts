import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, uniqueWord } from './triage-helpers';
import { focusWhenReady } from './keyboard';

/** Sends a recommendation through the form as a stakeholder does, and returns its reference. */
async function submit(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/en/submit');
  await page.getByLabel('Title', { exact: false }).first().fill(title);
  await page.getByLabel('Your recommendation').fill(body);
  await page.getByRole('radio', { name: /Building Back Together/ }).check();
  await page.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await page.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  return (await page.locator('.reference strong').textContent())!;
}

/** Opens a demo sample from the queue by searching its title. */
async function openSample(page: Page, locale: 'en' | 'es', words: string) {
  await page.goto(`/${locale}/coordinate?q=${encodeURIComponent(words)}`);
  await page
    .getByRole('table')
    .getByRole('link', { name: /^HLED-/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/coordinate/HLED-`));
}

test('the triage page suggests the true duplicate with the words it shares, and can take it as the original by keyboard', async ({
  browser,
}) => {
  test.slow();
  const stakeholder = await signedIn(browser, 'industry@hled.example');
  const ref = await submit(
    stakeholder,
    `Unified Cargo Processing at more crossings ${uniqueWord()}`,
    'Extend Unified Cargo Processing, the joint cargo inspection, to more commercial crossings in Texas and Arizona.',
  );
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example');
  await mexico.goto(`/en/coordinate/${ref}`);
  const similar = mexico.getByRole('region', { name: 'Similar recommendations and merging' });
  await expect(similar.getByText('Open recommendations that may make the same proposal, best match first (three at most).')).toBeVisible();
  const suggestion = similar
    .getByRole('listitem')
    .filter({ hasText: 'Extend the Unified Cargo Processing program to two more commercial crossings' });
  await expect(suggestion).toContainText(/(Strong|Possible) match · Words in common: /);
  for (const word of ['Unified', 'Cargo', 'Processing']) await expect(suggestion.locator('[lang="en"]').last()).toContainText(word);
  // Only what matched: not the cybersecurity workshops nor the honey producers of before.
  await expect(similar).not.toContainText('NIST');
  await expect(similar).not.toContainText('honey');
  expect(await similar.getByRole('listitem').count()).toBeLessThanOrEqual(3);
  await expectNoSeriousAxeViolations(mexico);

  const original = (await suggestion.getByRole('link', { name: /^HLED-/ }).textContent())!;
  await focusWhenReady(suggestion.getByRole('button', { name: `Use ${original} as the original` }));
  await mexico.keyboard.press('Enter');
  await expect(mexico.getByLabel('Merge into (reference of the original)')).toHaveValue(original);
  await Promise.all([stakeholder.context().close(), mexico.context().close()]);
});

test('an item with nothing like it says so, in English and in Spanish, and passes axe', async ({ browser }) => {
  const mexico = await signedIn(browser, 'coordinator.mx@hled.example', 'es');
  await openSample(mexico, 'es', 'micronegocios jóvenes indígenas');
  const similar = mexico.getByRole('region', { name: 'Recomendaciones similares y fusión' });
  await expect(similar.getByText('No se encontraron recomendaciones similares.')).toBeVisible();
  await expect(similar.getByRole('listitem')).toHaveCount(0);
  await expectNoSeriousAxeViolations(mexico);
  await mexico.goto(mexico.url().replace('/es/', '/en/'));
  await expect(
    mexico.getByRole('region', { name: 'Similar recommendations and merging' }).getByText('No similar recommendations found.'),
  ).toBeVisible();
  await mexico.context().close();
});
