import { expect, test, type Page } from '@playwright/test';
import { formatFigure } from '../lib/i18n/format';
import { expectNoSeriousAxeViolations } from './accessibility';
import { initiatives, meetings, pillars, progress } from './record';

type Locale = 'en' | 'es';
const NOT_FOUND: Record<Locale, string> = { en: 'Page not found', es: 'Página no encontrada' };
const SWITCH: Record<Locale, string> = { en: 'Español', es: 'English' };

// A journey worth walking: an initiative whose update carries a figure and was reported at a meeting.
const withFigure = progress.find((u) => u.figure)!;
const initiative = initiatives.find((i) => i.slug === withFigure.initiative)!;
const pillar = pillars.find((p) => p.slug === initiative.pillar)!;
const meeting = meetings.find((m) => m.slug === withFigure.meeting)!;

async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

for (const locale of ['en', 'es'] as const) {
  test.describe(`a visitor reading in ${locale}`, () => {
    test('goes home -> pillar -> initiative -> meeting and back, with real figures and sources', async ({ page }) => {
      test.slow(); // four full-page axe audits
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const main = page.getByRole('main');
      for (const p of pillars) await expect(main.getByRole('link', { name: p.title[locale], exact: true })).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      await main.getByRole('link', { name: pillar.title[locale], exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/pillars/${pillar.slug}`);
      await expectHeading(page, pillar.title[locale]);
      await expectNoSeriousAxeViolations(page);

      await page.getByRole('link', { name: initiative.title[locale], exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/initiatives/${initiative.slug}`);
      await expectHeading(page, initiative.title[locale]);
      const entry = page.getByRole('listitem').filter({ hasText: withFigure.text[locale] });
      await expect(entry).toContainText(formatFigure(withFigure.figure!.value, locale));
      await expect(entry).toContainText(withFigure.figure!.unit[locale]);
      await expect(entry).toContainText(locale === 'en' ? 'Source:' : 'Fuente:');
      await expectNoSeriousAxeViolations(page);

      await entry.getByRole('link', { name: meeting.title[locale], exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/meetings/${meeting.slug}`);
      await expectHeading(page, meeting.title[locale]);
      await expect(page.getByRole('heading', { name: initiative.title[locale] })).toBeVisible();
      await expect(page.getByText(withFigure.text[locale])).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      await page.goBack();
      await expectHeading(page, initiative.title[locale]);
      await page.goBack();
      await expectHeading(page, pillar.title[locale]);
      await page.goBack();
      await expect(page).toHaveURL(`/${locale}`);
    });

    test('switches language and stays on the same page', async ({ page }) => {
      const other: Locale = locale === 'en' ? 'es' : 'en';
      await page.goto(`/${locale}/initiatives/${initiative.slug}`);
      await page.getByRole('link', { name: new RegExp(SWITCH[locale] === 'Español' ? 'español' : 'English', 'i') }).click();
      await expect(page).toHaveURL(`/${other}/initiatives/${initiative.slug}`);
      await expectHeading(page, initiative.title[other]);
    });

    test('gets a 404 in its language for an unknown address', async ({ page }) => {
      for (const path of [
        `/${locale}/initiatives/no-such-initiative`,
        `/${locale}/pillars/pillar-v`,
        `/${locale}/meetings/1999-01-01`,
        `/${locale}/no/such/page`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expectHeading(page, NOT_FOUND[locale]);
      }
      await expectNoSeriousAxeViolations(page);
    });

    test('lists every meeting, newest first', async ({ page }) => {
      await page.goto(`/${locale}/meetings`);
      const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
      const newestFirst = [...meetings].sort((a, b) => b.date.localeCompare(a.date)).map((m) => m.title[locale]);
      // Demo mode adds one upcoming meeting for its sample call for input, first and marked as a sample.
      const sample = locale === 'en' ? 'Sample: upcoming HLED mid-year review' : 'Muestra: próxima revisión de medio año del DEAN';
      expect(titles).toEqual([sample, ...newestFirst]);
      await expectNoSeriousAxeViolations(page);
    });
  });
}

test('the root address picks the language from the browser', async ({ browser }) => {
  for (const [browserLocale, locale] of [
    ['es-MX', 'es'],
    ['en-US', 'en'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(`/${locale}`);
    await context.close();
  }
});

test('a keyboard user skips to the content and opens a pillar', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  const target = page.getByRole('main').getByRole('link', { name: pillars[0]!.title.en, exact: true });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/en/pillars/${pillars[0]!.slug}`);
});

test('every page fits a 360 px phone without sideways scrolling @phone', async ({ page }) => {
  for (const path of [`/es`, `/es/pillars/${pillar.slug}`, `/es/initiatives/${initiative.slug}`, `/es/meetings/${meeting.slug}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('every page refuses framing and content sniffing', async ({ request }) => {
  for (const path of ['/en', '/es/meetings', '/en/sign-in', '/api/auth/csrf']) {
    const response = await request.get(path);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('a corrected update carries its dated correction note, and the Spanish fact sheet reads in Spanish', async ({ page }) => {
  test.slow(); // two full-page axe audits
  const otayMesa = progress.find((u) => u.initiative === 'border-infrastructure' && u.text.en.includes('Otay Mesa II border crossing'))!;
  await page.goto('/en/initiatives/border-infrastructure');
  const entry = page.getByRole('listitem').filter({ hasText: otayMesa.text.en });
  // Dated when the fact sheet reported the expectation, not on the target date it gives.
  await expect(entry.locator('time').first()).toHaveText('April 19, 2024');
  const note = entry.getByRole('note');
  await expect(note).toContainText(/^Correction, November 30, 2026: This update was dated September 21, 2024/);
  await expect(note.locator('q[lang="en"]')).toHaveText('It is expected to be completed by September 21, 2024.');
  await expectNoSeriousAxeViolations(page);

  const review = meetings.find((m) => m.slug === '2023-04-18-mid-year-review')!;
  await page.goto(`/es/meetings/${review.slug}`);
  const facts = page.locator('dl.facts').first();
  for (const lead of [...review.usLeadsEs, ...review.mxLeadsEs]) await expect(facts.getByText(lead, { exact: true })).toBeVisible();
  await expect(facts).not.toContainText('Under Secretary');
  // The qualifier reads before the number: "más de 1,800 participantes capacitados".
  await expect(page.getByRole('main')).toContainText('más de 1,800 participantes capacitados');
  await expect(page.getByRole('main')).not.toContainText('(más de)');
  // The summary now records the stakeholder consultation, with a note in Spanish saying so.
  await expect(page.getByRole('note').filter({ hasText: 'Se añadió a este resumen' }).first()).toContainText(
    /^Corrección del 30 de noviembre de 2026:/,
  );
  await expectNoSeriousAxeViolations(page);
});
