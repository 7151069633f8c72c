import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn, uniqueEmail } from './session';
import { focusWhenReady } from './keyboard';

const PASSWORD = 'nueve garzas sobre la laguna de Términos';

async function signUpInSpanish(page: Page, email: string) {
  await page.goto('/es/sign-up');
  await page.getByLabel('Nombre completo').fill('Rosa Elvira Tamez Garza');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel(/^Contraseña/).fill(PASSWORD);
  await page.getByLabel('Sector').selectOption({ label: 'Organización de la sociedad civil' });
  await page.getByLabel('País').selectOption({ label: 'México' });
  // The full notice opens beside the form, so nothing typed is lost.
  await expect(page.getByRole('link', { name: 'Lea el aviso de privacidad integral (se abre en una pestaña nueva)' })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('checkbox', { name: /aviso de privacidad/ }).check();
  await page.getByRole('button', { name: 'Crear una cuenta' }).click();
  await expect(page.getByText(`Enviamos un mensaje a ${email}`)).toBeVisible();
}

test('a stakeholder reads the privacy notice from the footer, downloads their data, deletes the account by keyboard, and cannot sign in again', async ({
  page,
}) => {
  test.slow();
  const email = uniqueEmail('rosa');
  await signUpInSpanish(page, email);
  await signIn(page, email, PASSWORD, 'es');

  // The privacy notice, from the footer of any page.
  await page.goto('/es');
  await page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: 'Acerca de este sitio' })
    .getByRole('link', { name: 'Aviso de privacidad' })
    .click();
  await expect(page).toHaveURL(/\/es\/privacy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aviso de privacidad integral');
  await expect(
    page.getByRole('heading', { level: 2, name: '7. Derechos ARCO: acceso, rectificación, cancelación y oposición' }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'privacy@hled.example' }).first()).toHaveAttribute(
    'href',
    'mailto:privacy@hled.example',
  );
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'su cuenta' }).click();
  await expect(page).toHaveURL(/\/es\/account$/);

  // Download my data: a JSON file with the person's own account in it.
  const rights = page.getByRole('region', { name: 'Sus datos' });
  await expect(rights.getByRole('heading', { name: 'Descargar mis datos' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rights.getByRole('link', { name: 'Descargar mis datos (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hled-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.account).toMatchObject({ email, name: 'Rosa Elvira Tamez Garza', country: 'mx' });
  expect(data.emails[0].text).not.toMatch(/token=(?!REMOVED)/);

  // Delete my account, with the keyboard alone: a missing confirmation is said next to the box first.
  const password = rights.getByLabel('Contraseña actual');
  await focusWhenReady(password);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Tab');
  await expect(
    rights.getByRole('checkbox', { name: 'Entiendo que mi cuenta se eliminará y que esto no se puede deshacer.' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(rights.getByRole('button', { name: 'Eliminar mi cuenta' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rights.getByText('Marque la casilla para confirmar que desea eliminar su cuenta.')).toBeVisible();
  await expect(rights.getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/es\/account\/deleted$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Su cuenta se eliminó');
  await expectNoSeriousAxeViolations(page);
  await page.goto('/es/account');
  await expect(page).toHaveURL(/\/es\/sign-in/);

  // The account is gone: its address and password open nothing.
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel(/^Contraseña/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('El correo electrónico o la contraseña no son correctos.');
});

const NOTICE_PAGES = [
  {
    path: 'privacy',
    en: 'Privacy notice',
    es: 'Aviso de privacidad integral',
    footerEn: 'Privacy notice',
    footerEs: 'Aviso de privacidad',
  },
  {
    path: 'accessibility',
    en: 'Accessibility statement',
    es: 'Declaración de accesibilidad',
    footerEn: 'Accessibility',
    footerEs: 'Accesibilidad',
  },
  { path: 'contact', en: 'Contact', es: 'Contacto', footerEn: 'Contact', footerEs: 'Contacto' },
];

for (const locale of ['en', 'es'] as const) {
  test(`the privacy notice, the accessibility statement and the contact page exist in ${locale === 'en' ? 'English' : 'Spanish'}, linked from the footer`, async ({
    page,
  }) => {
    // Three pages, each with an axe run: more than the default budget on a loaded machine.
    test.slow();
    for (const item of NOTICE_PAGES) {
      await page.goto(`/${locale}/data`);
      const footer = page
        .getByRole('contentinfo')
        .getByRole('navigation', { name: locale === 'en' ? 'About this site' : 'Acerca de este sitio' });
      await footer.getByRole('link', { name: locale === 'en' ? item.footerEn : item.footerEs, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/${item.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? item.en : item.es);
      await expect(page).toHaveTitle(new RegExp(`^${locale === 'en' ? item.en : item.es} · `));
      // A client-side navigation adds the new page's alternates before it removes the old page's: wait for one.
      const spanishAlternate = page.locator('link[rel="alternate"][hreflang="es"]');
      await expect(spanishAlternate).toHaveCount(1);
      await expect(spanishAlternate).toHaveAttribute('href', new RegExp(`/es/${item.path}$`));
      await expectNoSeriousAxeViolations(page);
    }
    // Both coordinating agencies answer for the site.
    await expect(page.getByRole('main')).toContainText('Secretaría de Economía');
    await expect(page.getByRole('main')).toContainText('International Trade Administration');
  });
}

test('a coordinator is told why a government account is not deleted here, and can still download their data', async ({ page }) => {
  await signIn(page, 'coordinator.us@hled.example');
  const rights = page.getByRole('region', { name: 'Your data' });
  await expect(rights).toContainText('Your account acts for a government');
  await expect(rights.getByRole('button', { name: 'Delete my account' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rights.getByRole('link', { name: 'Download my data (JSON)' }).click(),
  ]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.account).toMatchObject({ email: 'coordinator.us@hled.example', role: 'coordinator', government: 'us' });
});

test('the download address answers nobody who is not signed in, and is never stored', async ({ request }) => {
  const response = await request.get('/api/account/export');
  expect(response.status()).toBe(401);
  expect(response.headers()['cache-control']).toBe('private, no-store');
});
