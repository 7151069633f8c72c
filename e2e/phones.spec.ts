// At 360 × 740 (the "phone" project of playwright.config.ts runs the tests tagged @phone).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn } from './session';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A phone's browser signed in as this demo account (a context made by hand does not take the project's settings). */
async function signedIn(browser: Browser, email: string, locale: 'en' | 'es' = 'en'): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** Nothing on the page is wider than the screen: no sideways scroll, marked or not. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** Every reference (HLED-YYYY-NNNN) in the page's text sits in an element that keeps it on one line, and is on one line. */
async function expectReferencesWhole(page: Page) {
  const broken = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/HLED-\d{4}-\d{4,}/.test(node.textContent ?? '')) continue;
      const element = node.parentElement!;
      if (element.closest('option, script, [hidden]') || element.getClientRects().length === 0) continue;
      const range = document.createRange();
      for (const match of (node.textContent ?? '').matchAll(/HLED-\d{4}-\d{4,}/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (getComputedStyle(element).whiteSpace !== 'nowrap' || lines.size > 1)
          found.push(`${match[0]} in <${element.tagName.toLowerCase()}>`);
      }
    }
    return found;
  });
  expect(broken, `references that may break on ${page.url()}`).toEqual([]);
}

async function expectFitsThePhone(page: Page, path: string) {
  await page.goto(path);
  await expectNoSidewaysScroll(page);
  await expectReferencesWhole(page);
  await expectNoSeriousAxeViolations(page);
}

test('@phone public pages fit the screen: register, pillar, "You said, we did", decisions, home', async ({ page }) => {
  test.setTimeout(120_000); // six pages, each with a full axe audit
  for (const path of [
    '/en/recommendations',
    '/es/recommendations?status=implemented',
    '/en/pillars/building-back-together',
    '/es/you-said-we-did',
    '/en/decisions',
    '/es',
  ]) {
    await expectFitsThePhone(page, path);
  }
});

test("@phone a stakeholder's own list is one card per recommendation, with its status and date in view", async ({ browser }) => {
  const page = await signedIn(browser, 'stakeholder@hled.example', 'es');
  await expectFitsThePhone(page, '/es/account');
  const list = page.getByRole('table', { name: 'Mis recomendaciones' });
  const first = list.getByRole('row').nth(1);
  for (const column of ['Estado', 'Enviada']) await expect(first.locator(`td[data-label="${column}"]`)).toBeInViewport({ ratio: 1 });
});

test("@phone the coordinators' queue and the administrators' tables are cards, without sideways scroll", async ({ browser }) => {
  test.setTimeout(150_000); // two sign-ins and six pages, each with a full axe audit
  const coordinator = await signedIn(browser, 'coordinator.mx@hled.example');
  await expectFitsThePhone(coordinator, '/en/coordinate');
  await expectFitsThePhone(coordinator, '/es/coordinate?pillar=building-back-together');
  const admin = await signedIn(browser, 'admin@hled.example');
  await expectFitsThePhone(admin, '/en/admin/users');
  await expectFitsThePhone(admin, '/es/admin/users');
  await expectFitsThePhone(admin, '/es/admin/meetings');
  await expectFitsThePhone(admin, '/en/admin/outbox');
});

test('@phone the header folds its links behind a menu button that works from the keyboard', async ({ page }) => {
  await page.goto('/en');
  const header = page.locator('header.site-header');
  const menu = page.getByRole('button', { name: 'Menu' });
  const recommendations = header.getByRole('link', { name: 'Recommendations', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(recommendations).toBeHidden();
  expect((await header.boundingBox())!.height).toBeLessThan(100);
  await expect(header.getByRole('link', { name: 'Ver esta página en español' })).toBeVisible();

  // Tab from the top of the page to the button, open it with Enter, walk into it, close it with Escape.
  for (let i = 0; i < 6 && !(await menu.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(recommendations).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(header.getByRole('link', { name: 'Home' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(recommendations).toBeHidden();

  await page.keyboard.press('Space');
  await expect(recommendations).toBeVisible();
  await recommendations.click();
  await expect(page).toHaveURL(/\/en\/recommendations$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('@phone without JavaScript the header links and the filters stay open', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/es/recommendations');
  await expect(page.locator('header.site-header').getByRole('link', { name: 'Recomendaciones', exact: true })).toBeVisible();
  await expect(page.getByLabel('Buscar en títulos y textos')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menú' })).toBeHidden();
  await context.close();
});

test("@phone the register's filters fold away, and are open when a filter is in use", async ({ page }) => {
  await page.goto('/en/recommendations');
  const toggle = page.getByRole('button', { name: 'Search and filters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Search titles and text')).toBeHidden();
  await toggle.click();
  await expect(page.getByLabel('Search titles and text')).toBeVisible();
  await page.getByLabel('Search titles and text').fill('crossing');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=crossing/);
  await expect(page.getByRole('button', { name: 'Search and filters' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Search titles and text')).toHaveValue('crossing');
});

test('@phone charts are readable: every label at least 12 px, and the time chart draws no empty quarter', async ({ page }) => {
  for (const path of ['/en', '/es/pillars/building-back-together']) {
    await page.goto(path);
    const sizes = await page.locator('svg.chart__svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
        return [...svg.querySelectorAll('text')].map((text) => ({
          text: text.textContent,
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
        }));
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(
      sizes.filter((size) => size.px < 12),
      path,
    ).toEqual([]);

    const activity = page.locator('figure.chart').filter({ has: page.locator('#activity-chart-heading') });
    await activity.locator('summary').click();
    const rows = await activity
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').replace(/\D/g, '')))));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((values) => values.every((value) => value === 0))).toEqual([]);
  }
});
