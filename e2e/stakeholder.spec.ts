import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { openEmail, signIn, uniqueEmail } from './session';
import { focusWhenReady } from './keyboard';

const PASSWORD = 'cinco lunas sobre el río Bravo';

async function fillRecommendation(page: Page, locale: 'en' | 'es', title: string) {
  const es = locale === 'es';
  await page
    .getByLabel(es ? 'Título' : 'Title', { exact: false })
    .first()
    .fill(title);
  await page
    .getByLabel(es ? 'Su recomendación' : 'Your recommendation')
    .fill(
      es
        ? 'Proponemos que las aduanas de ambos países publiquen en datos abiertos los tiempos de cruce de carga, cada hora, para que las pequeñas empresas planeen sus envíos.'
        : 'We recommend that both customs agencies publish hourly cargo crossing times as open data, so that small firms can plan their shipments.',
    );
  await page.getByRole('radio', { name: es ? /Reconstruir juntos/ : /Building Back Together/ }).check();
  await page.getByRole('radio', { name: es ? 'Publicarla sin mi nombre' : 'Publish it without my name' }).check();
}

test('a new visitor signs up in Spanish, confirms the e-mail, and follows a recommendation from sending to withdrawal', async ({
  page,
}) => {
  test.slow();
  const email = uniqueEmail('lucia');

  await page.goto('/es/submit');
  await expect(page.getByText('Inicie sesión o cree una cuenta para enviar una recomendación')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Crear una cuenta' }).click();

  await page.getByLabel('Nombre completo').fill('Lucía Pérez Ñúñez');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel(/^Contraseña/).fill(PASSWORD);
  await page.getByLabel('Sector').selectOption({ label: 'Organización de la sociedad civil' });
  await page.getByLabel('País').selectOption({ label: 'México' });
  await expect(page.getByLabel('Idioma de los correos')).toHaveValue('es');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('checkbox', { name: /aviso de privacidad/ }).check();
  await page.getByRole('button', { name: 'Crear una cuenta' }).click();

  // The same answer as for an address that already has an account: nobody is signed in by it.
  await expect(page.getByText(`Enviamos un mensaje a ${email}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await signIn(page, email, PASSWORD, 'es');
  await openEmail(page, 'Confirme su correo electrónico para el Seguimiento de Recomendaciones del DEAN', 'es');
  await page.getByRole('link', { name: /verify-email\?token=/ }).click();
  await page.getByRole('button', { name: 'Confirmar mi correo electrónico' }).click();
  await expect(page.getByText('Gracias: su correo electrónico quedó confirmado.')).toBeVisible();

  await page.goto('/es/submit');
  await fillRecommendation(page, 'es', 'Tiempos de cruce de carga en datos abiertos');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Enviar la recomendación' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recomendación recibida' })).toBeVisible();
  const reference = (await page.locator('.reference strong').textContent())!;
  expect(reference).toMatch(/^HLED-\d{4}-\d{4,}$/);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'Mi cuenta' }).click();
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Recibida');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiempos de cruce de carga en datos abiertos');
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Título').fill('Tiempos de cruce de carga, cada hora, en datos abiertos');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Sus cambios se guardaron.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiempos de cruce de carga, cada hora, en datos abiertos');
  await expect(page.getByRole('listitem').filter({ hasText: 'Editada por usted' })).toBeVisible();

  await page.getByLabel('Motivo (opcional)').fill('La enviaremos de nuevo con datos de nuestra red.');
  await page.getByRole('button', { name: 'Retirarla' }).click();
  await expect(page.getByText('La recomendación fue retirada.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Retirar esta recomendación' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Retirada' }).first()).toBeVisible();
});

test("another stakeholder can neither see nor change someone else's recommendation, by any route", async ({ browser }) => {
  test.slow();
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, 'stakeholder@hled.example');
  await ownerPage.goto('/en/submit');
  await fillRecommendation(ownerPage, 'en', 'Hourly cargo crossing times as open data');
  await ownerPage.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(ownerPage.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  const reference = (await ownerPage.locator('.reference strong').textContent())!;

  // Capture the real server-action request the owner's browser sends when saving an edit.
  await ownerPage.goto(`/en/account/recommendations/${reference}`);
  let editCall: Request | undefined;
  ownerPage.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) editCall = request;
  });
  await ownerPage.getByLabel('Title').fill('Hourly cargo crossing times as open data, edited');
  await ownerPage.getByRole('button', { name: 'Save the changes' }).click();
  await expect(ownerPage.getByText('Your changes were saved.')).toBeVisible();
  expect(editCall).toBeDefined();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, 'industry@hled.example');

  // The UI: not in their list.
  await expect(otherPage.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
  // A guessed URL: not found, and nothing of it on the page.
  const response = await otherPage.goto(`/en/account/recommendations/${reference}`);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByText('Hourly cargo crossing times')).toHaveCount(0);
  await otherPage.goto(`/en/submit/received/${reference}`);
  await expect(otherPage.getByText('Hourly cargo crossing times')).toHaveCount(0);

  // A direct call of the edit action, replayed with the other stakeholder's session and a new title.
  const body = editCall!.postData()!.replace('open data, edited', 'open data, hijacked');
  const replay = await otherPage.request.post(editCall!.url(), {
    headers: {
      'next-action': editCall!.headers()['next-action']!,
      'content-type': editCall!.headers()['content-type']!,
      origin: new URL(editCall!.url()).origin,
      accept: 'text/x-component',
    },
    data: body,
  });
  expect(await replay.text()).toContain('notFound');
  await ownerPage.reload();
  await expect(ownerPage.getByRole('heading', { level: 1 })).toHaveText('Hourly cargo crossing times as open data, edited');

  // The same call without any session is refused before it reaches the recommendation.
  const anonymous = await browser.newContext();
  const anonymousReplay = await anonymous.request.post(editCall!.url(), {
    headers: {
      'next-action': editCall!.headers()['next-action']!,
      'content-type': editCall!.headers()['content-type']!,
      origin: new URL(editCall!.url()).origin,
      accept: 'text/x-component',
    },
    data: body,
  });
  expect(await anonymousReplay.text()).toContain('notSignedIn');
  await Promise.all([owner.close(), other.close(), anonymous.close()]);
});

test('a wrong password and repeated failures get clear messages', async ({ page }) => {
  await page.goto('/en/sign-in');
  await page.getByLabel('E-mail address').fill('stakeholder@hled.example');
  await page.getByLabel(/^Password/).fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'The e-mail address or the password is not right. Check both and try again.',
  );

  // Another address, so the demo account stays usable for the other journeys. Five failures are free; after
  // them each attempt must wait 1 s, 2 s, 4 s … after the previous failure, so on a slow machine an attempt may
  // come after its wait and be checked again: keep trying until the pause is announced, as a guesser would.
  const target = uniqueEmail('throttled');
  let paused = false;
  for (let attempt = 1; attempt <= 12 && !paused; attempt++) {
    await page.getByLabel('E-mail address').fill(target);
    await page.getByLabel(/^Password/).fill(`wrong password ${attempt}`);
    // Each attempt is answered before the next: the alert of the previous one is still on screen.
    const answered = page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const answer = (await (await answered).json()) as { url?: string };
    paused = decodeURIComponent(answer.url ?? '').includes('throttled');
    if (attempt <= 5) expect(paused, `attempt ${attempt} is one of the five free ones`).toBe(false);
    await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  }
  expect(paused).toBe(true);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'Too many failed attempts. For your security, sign-in is paused until',
  );
});

test("the recommendation form works by keyboard alone and shows errors in the visitor's language", async ({ page }) => {
  test.slow();
  await signIn(page, 'industry@hled.example');
  await page.goto('/en/submit');

  // Sending it empty: specific errors, and the form keeps focus on the first field with a problem.
  await focusWhenReady(page.getByRole('button', { name: 'Send the recommendation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Some answers need a change.')).toBeVisible();
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.type('Keyboard-only recommendation on border data');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Publish hourly cargo crossing times at every port of entry as open data for small firms.');
  // Past the choice of an open call for input (the demo has one), left at "outside any call".
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Call for input', { exact: true })).toBeFocused();
  // Into the pillar radio group: Tab reaches it, arrows move, Space selects.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Building Back Together/ })).toBeChecked();
  // On through topics, sector, organization, identifier, country, language, funding to consent.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Publish it with my name and organization' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send the recommendation' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
});

test('a long draft survives a reload', async ({ page }) => {
  await signIn(page, 'stakeholder@hled.example');
  await page.goto('/en/submit');
  const draft = 'A long draft. '.repeat(40);
  await page.getByLabel('Your recommendation').fill(draft);
  await page.getByLabel('Title').fill('A draft kept in this browser');
  await page.reload();
  await expect(page.getByText('We restored the draft you were writing in this browser.')).toBeVisible();
  await expect(page.getByLabel('Your recommendation')).toHaveValue(draft);
  await expect(page.getByLabel('Title')).toHaveValue('A draft kept in this browser');
});

test("signing out, or changing the password, ends the account's other sessions", async ({ browser }) => {
  test.slow();
  const email = uniqueEmail('sessions');
  const setup = await browser.newContext();
  const page = await setup.newPage();
  await page.goto('/en/sign-up');
  await page.getByLabel('Full name').fill('Session Tester');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel('Sector').selectOption('academia');
  await page.getByLabel('Country').selectOption('us');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();
  await signIn(page, email, PASSWORD);

  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, email, PASSWORD);

  // Signing out on the first device ends the laptop's session too.
  await page.goto('/en/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await laptopPage.goto('/en/account');
  await expect(laptopPage).toHaveURL(/\/en\/sign-in/);

  // A password change does the same, this session included.
  await signIn(laptopPage, email, PASSWORD);
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, email, PASSWORD);
  // The account page also asks for the password to delete the account: fill the change-password form's.
  const changePassword = laptopPage.getByRole('region', { name: 'Change my password' });
  await changePassword.getByLabel('Current password').fill(PASSWORD);
  await changePassword.getByLabel(/^New password/).fill('seis soles sobre el golfo de California');
  await changePassword.getByRole('button', { name: 'Change my password' }).click();
  await expect(laptopPage.getByText('Your password was changed and every session was signed out.')).toBeVisible();
  await phonePage.goto('/en/account');
  await expect(phonePage).toHaveURL(/\/en\/sign-in/);
  await signIn(phonePage, email, 'seis soles sobre el golfo de California');
  await Promise.all([setup.close(), laptop.close(), phone.close()]);
});

test('a forgotten password is reset through the e-mailed link, which then stops working', async ({ browser }) => {
  test.slow();
  const email = uniqueEmail('reset');
  const page = await (await browser.newContext()).newPage();
  await page.goto('/en/sign-up');
  await page.getByLabel('Full name').fill('Reset Tester');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel('Sector').selectOption('ngo');
  await page.getByLabel('Country').selectOption('mx');
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByText(`We sent a message to ${email}`)).toBeVisible();
  // Still signed in on the phone, where the reset e-mail will be read (demo mode's mailbox is the account page).
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, email, PASSWORD);

  await page.goto('/en/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in form has an e-mail field too: wait for the new page before typing into "E-mail address".
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByText(`If an account exists for ${email}, we sent it a link to reset the password.`)).toBeVisible();
  // Only a published demo account's reset e-mail may be shown to whoever asked.
  await expect(page.getByRole('link', { name: 'Read the message that was sent' })).toHaveCount(0);
  await openEmail(phone, 'Reset your HLED Stakeholder Tracker password');
  const href = (await phone.getByRole('link', { name: /reset-password\?token=/ }).getAttribute('href'))!;
  await page.goto(href);
  await page.waitForLoadState('networkidle');
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(/^New password/).fill('password1234');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('too common or too easy to guess')).toBeVisible();
  await page.getByLabel(/^New password/).fill('siete nubes sobre la sierra de Puebla');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Your password was changed, and every session of your account was signed out.')).toBeVisible();
  await signIn(page, email, 'siete nubes sobre la sierra de Puebla');

  // The link works once.
  await page.goto(href, { waitUntil: 'networkidle' });
  await page.getByLabel(/^New password/).fill('ocho lagos bajo el volcán de Colima');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('This link is not valid, or it was already used.');
  await Promise.all([page.context().close(), phone.context().close()]);
});
