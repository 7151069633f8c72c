import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn, uniqueEmail } from './session';

const PASSWORD = 'nueve garzas sobre la laguna de Términos';

async function signUp(page: Page, email: string) {
  await page.goto('/en/sign-up');
  await page.getByLabel('Full name').fill('Two Step Tester');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel('Sector').selectOption('academia');
  await page.getByLabel('Country').selectOption('mx');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();
}

/** A code for the next 30-second step: the one used to turn it on cannot be used again. */
const nextCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test('two-step sign-in is set up from a scanned key, then asked for at sign-in, in English and Spanish', async ({ page }) => {
  test.slow();
  const email = uniqueEmail('twostep');
  await signUp(page, email);
  await signIn(page, email, PASSWORD);

  await page.getByRole('link', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/es/account/two-step');
  await expect(page.getByRole('heading', { level: 1, name: 'Configurar el inicio de sesión en dos pasos' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const secret = (await page.locator('.secret-key').textContent())!.replace(/\s/g, '');
  await page.goto('/en/account/two-step');
  expect((await page.locator('.secret-key').textContent())!.replace(/\s/g, '')).toBe(secret);

  await page.getByLabel('Six-digit code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is not right');
  await page.getByLabel('Six-digit code from the app').fill(generateSync({ secret }));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  const recoveryCodes = await page.locator('.recovery-codes code').allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Sign in again' }).click();

  // Signing in now takes the password, then a code from the app, on the keyboard.
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel(/^Password/).press('Enter');
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Code from the app').fill('123456');
  await page.getByLabel('Code from the app').press('Enter');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is not right');
  await page.getByLabel('Code from the app').fill(nextCode(secret));
  await page.getByLabel('Code from the app').press('Enter');
  await expect(page).toHaveURL(/\/en\/account/);
  await expect(page.getByText(/Two-step sign-in is on\. Recovery codes left: 10\./)).toBeVisible();

  // In Spanish, with a recovery code instead of the app.
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signing out ends on the home page; going elsewhere before it arrives would be overtaken by it.
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/es/sign-in');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel(/^Contraseña/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Inicio de sesión en dos pasos' })).toBeVisible();
  await page.getByRole('button', { name: 'Usar un código de recuperación' }).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Código de recuperación').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/account/);
  await expect(page.getByText(/Códigos de recuperación restantes: 9\./)).toBeVisible();
});

test('the forgot-password answer is the same for an address with an account and one without', async ({ page }) => {
  const known = uniqueEmail('known');
  await signUp(page, known);
  const answers: string[] = [];
  for (const email of [known, uniqueEmail('nobody')]) {
    await page.goto('/en/forgot-password');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    const notice = page.getByRole('main').getByRole('status');
    await expect(notice).toContainText(`If an account exists for ${email}`);
    await expect(notice.getByRole('link')).toHaveCount(0);
    answers.push((await notice.innerText()).replace(email, '<address>'));
  }
  expect(answers[0]).toBe(answers[1]);
  await expectNoSeriousAxeViolations(page);
});
