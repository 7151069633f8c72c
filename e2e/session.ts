import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'hled-demo-2026';

/** Signs in through the sign-in form, the way a person does, and waits for the account page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale: 'en' | 'es' = 'en') {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === 'en' ? 'E-mail address' : 'Correo electrónico').fill(email);
  await page.getByLabel(locale === 'en' ? /^Password/ : /^Contraseña/).fill(password);
  await page.getByRole('button', { name: locale === 'en' ? 'Sign in' : 'Iniciar sesión' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account`));
}

/** A unique address per test run, so journeys can sign up again and again on the same database. */
export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/**
 * Demo mode has no mailbox: the account page lists the e-mails sent to the signed-in person. Opens the
 * newest one whose subject matches (it may arrive just after the answer that sent it).
 */
export async function openEmail(page: Page, subject: string | RegExp, locale: 'en' | 'es' = 'en') {
  const inbox = page.getByRole('region', { name: locale === 'en' ? 'E-mails sent to you' : 'Correos que se le enviaron' });
  await expect(async () => {
    await page.goto(`/${locale}/account`);
    await expect(inbox.getByRole('link', { name: subject }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await inbox.getByRole('link', { name: subject }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
