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
