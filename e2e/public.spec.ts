import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { initiatives, meetings, pillars, recommendations } from './record';

const pillar = pillars.find((p) => p.slug === 'building-back-together')!;
const implementedInPillar = recommendations.filter((r) => r.pillar === pillar.slug && r.status === 'implemented');
// A recommendation written in English whose Spanish title has accents: found from Spanish typed without them.
const traced = recommendations.find((r) => r.ref === 'HLED-2023-0001')!;
const tracedInitiative = initiatives.find((i) => i.slug === traced.initiatives[0]!.slug)!;
const tracedMeeting = meetings.find((m) => m.slug === traced.meeting)!;

test('a visitor filters the register by pillar and status, and the address keeps the filters', async ({ page }) => {
  await page.goto('/en/recommendations');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommendation register');
  await page.getByLabel('Pillar').selectOption(pillar.slug);
  await page.getByLabel('Status').selectOption('implemented');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`pillar=${pillar.slug}.*status=implemented|status=implemented.*pillar=${pillar.slug}`));
  // Other journeys may implement a sample in this pillar meanwhile: the seeded ones must be there, and
  // every card shown must match both filters, as many as the summary says.
  const summary = page.getByRole('status');
  await expect(summary).toHaveText(/^\d+ recommendations$/);
  const total = Number((await summary.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(implementedInPillar.length);
  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(total);
  for (const card of await cards.all()) await expect(card).toContainText(/Pillar I ·.*Implemented/);
  for (const r of implementedInPillar) await expect(cards.filter({ hasText: r.ref })).toHaveCount(1);
  // The counts beside each status are those under the chosen pillar.
  await expect(page.getByLabel('Status').locator('option[value="implemented"]')).toHaveText(`Implemented (${total})`);
  await expectNoSeriousAxeViolations(page);

  // The address is the state: opened afresh, it shows the same results.
  const shared = page.url();
  await page.goto('/en');
  await page.goto(shared);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(total);
});

test('a visitor searches in Spanish without accents, opens a recommendation and follows it to its initiative and meeting', async ({
  page,
}) => {
  test.slow(); // four full-page axe audits
  await page.goto('/es/recommendations');
  const search = page.getByLabel('Buscar en títulos y textos');
  await search.fill('ventanilla unica');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=ventanilla\+unica/);
  const card = page.getByRole('main').getByRole('listitem').filter({ hasText: traced.ref });
  await expect(card.getByRole('heading')).toContainText(traced.title.es!);
  await expect(card.locator('mark').first()).toHaveText(/^(ventanilla|única)$/i);
  await expectNoSeriousAxeViolations(page);

  await card.getByRole('link', { name: traced.title.es! }).click();
  await expect(page).toHaveURL(`/es/recommendations/${traced.ref}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(traced.title.es!);
  await expect(page.getByText('Implementada', { exact: true }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: tracedInitiative.title.es, exact: true }).first().click();
  await expect(page).toHaveURL(`/es/initiatives/${tracedInitiative.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tracedInitiative.title.es);
  await page.goBack();

  await page.getByRole('link', { name: tracedMeeting.title.es, exact: true }).first().click();
  await expect(page).toHaveURL(`/es/meetings/${tracedMeeting.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tracedMeeting.title.es);
  await expect(page.getByRole('main')).toContainText(traced.ref);
  await expectNoSeriousAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the register still filters and pages', async ({ page }) => {
    await page.goto('/en/recommendations');
    await page.getByLabel('Status').selectOption('in_progress');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/status=in_progress/);
    const inProgress = recommendations.filter((r) => r.status === 'in_progress');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(inProgress.length);
  });
});

for (const locale of ['en', 'es'] as const) {
  test(`the outcome and open data pages pass axe in ${locale}`, async ({ page }) => {
    test.slow();
    for (const path of ['/recommendations', '/you-said-we-did', '/decisions', '/data']) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  });
}

test('you said, we did shows each answered recommendation beside what was done, by meeting', async ({ page }) => {
  await page.goto('/en/you-said-we-did');
  const answered = recommendations.filter((r) => ['implemented', 'in_progress'].includes(r.status));
  for (const r of answered) await expect(page.getByRole('link', { name: `Read ${r.ref} in full` })).toBeVisible();
  await page.getByLabel('Meeting').selectOption(tracedMeeting.slug);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`meeting=${tracedMeeting.slug}`));
  await expect(page.getByRole('link', { name: `Read ${traced.ref} in full` })).toBeVisible();
});

test('every page names its other-language version, and the sitemap lists both', async ({ page, request }) => {
  await page.goto(`/en/recommendations/${traced.ref}`);
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
    'href',
    new RegExp(`/es/recommendations/${traced.ref}$`),
  );
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/en/recommendations/${traced.ref}</loc>`);
  expect(sitemap).toContain(`hreflang="es" href="`);
});

test('the register fits a phone @phone', async ({ page }) => {
  await page.goto('/es/recommendations');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
});

test('a visitor prints a meeting fact sheet as a clean document', async ({ page }) => {
  const meeting = meetings.find((m) => m.slug === '2023-09-29-ministerial')!;
  await page.goto(`/en/meetings/${meeting.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title.en);
  // The print button opens the browser's dialog; record that it was asked for instead of blocking on it.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print this fact sheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this fact sheet' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
});

test('the home page charts have a data table for screen readers', async ({ page }) => {
  await page.goto('/en');
  const chart = page.getByRole('img').first();
  await expect(chart).toBeVisible();
  await page.getByText('Show the data as a table').first().click();
  const table = page.getByRole('table').first();
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader').first()).toBeVisible();
});

test("an item of the governments' record says who reported it and where, and the count agrees with its noun", async ({ page }) => {
  await page.goto('/es/recommendations?q=ventanilla');
  await expect(page.getByRole('status')).toHaveText('1 recomendación coincide con “ventanilla”');
  const card = page.getByRole('main').getByRole('listitem').filter({ hasText: traced.ref });
  await expect(card).toContainText(`Informada por los dos gobiernos en su ${tracedMeeting.title.es}`);
  await expect(card).not.toContainText('Otro');
  await card.getByRole('link', { name: tracedMeeting.title.es, exact: true }).click();
  await expect(page).toHaveURL(`/es/meetings/${tracedMeeting.slug}`);

  await page.goto(`/en/recommendations/${traced.ref}`);
  const facts = page.locator('dl.facts').first();
  await expect(facts.locator('div').filter({ hasText: 'Reported by' })).toContainText(
    `The two governments, in their ${tracedMeeting.title.en}`,
  );
  await expect(facts).not.toContainText('Both or another country');
  await expectNoSeriousAxeViolations(page);
});
