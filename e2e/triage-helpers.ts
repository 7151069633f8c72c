import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './session';

/** A page in a browser context of its own, signed in as this demo account. */
export async function signedIn(browser: Browser, email: string, locale: 'en' | 'es' = 'en'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** A few letters no other journey uses, so each test finds its own data in the shared database. */
export const uniqueWord = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/**
 * Sends a new recommendation in Pillar I through the form, as a stakeholder does, and returns its
 * reference. Journeys triage their own recommendation instead of a shared sample.
 */
export async function submitRecommendation(page: Page, title: string): Promise<string> {
  await page.goto('/en/submit');
  await page.getByLabel('Title', { exact: false }).first().fill(title);
  await page
    .getByLabel('Your recommendation')
    .fill('Both customs agencies should publish hourly cargo crossing times as open data, so that small firms can plan their shipments.');
  await page.getByRole('radio', { name: /Building Back Together/ }).check();
  await page.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await page.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  return (await page.locator('.reference strong').textContent())!;
}

/** Every e-mail the app sent about this reference, newest first, as an administrator reads them. */
export async function emailsAbout(admin: Page, ref: string): Promise<string[]> {
  await admin.goto('/en/admin/outbox');
  const links = admin.getByRole('link', { name: new RegExp(ref) });
  const hrefs: string[] = [];
  for (const link of await links.all()) hrefs.push((await link.getAttribute('href'))!);
  const bodies: string[] = [];
  for (const href of hrefs) {
    await admin.goto(href);
    bodies.push(await admin.getByRole('main').innerText());
  }
  return bodies;
}
