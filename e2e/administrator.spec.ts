import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signIn, uniqueEmail } from './session';

const ADMIN = 'admin@hled.example';
const INVITEE_PASSWORD = 'siete colibríes sobre el volcán Tacaná';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('an administrator invites a Mexican coordinator for Pillar II, who chooses a password and signs in, and is later deactivated', async ({
  browser,
}) => {
  test.slow(); // two people, seven pages, each audited by axe
  const email = uniqueEmail('valeria.rios');
  const name = 'Valeria Ríos Castañeda';

  const admin = await signedIn(browser, ADMIN);
  await admin.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
  await expect(admin).toHaveURL('/en/admin');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Administration');
  await expectNoSeriousAxeViolations(admin);

  await admin.getByRole('main').getByRole('link', { name: 'Invite a coordinator' }).click();
  await expect(admin).toHaveURL('/en/admin/users/invite');
  await admin.getByLabel('Full name').fill(name);
  await admin.getByLabel('E-mail address').fill(email);
  await admin.getByLabel('Government').selectOption({ label: 'Government of Mexico' });
  await admin.getByRole('radio', { name: 'Only the pillars chosen below' }).check();
  await admin.getByRole('checkbox', { name: /^Pillar II:/ }).check();
  await admin.getByLabel('Language for e-mails').selectOption({ label: 'Spanish' });
  await expectNoSeriousAxeViolations(admin);
  await admin.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(admin.getByText(`The invitation was sent to ${email}.`)).toBeVisible();
  const outboxPath = (await admin.getByRole('link', { name: 'Read the message that was sent' }).getAttribute('href'))!;

  // Until the invitee chooses a password, the account is a pending invitation.
  await admin.getByRole('link', { name: `Open the account of ${name}` }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(admin.getByRole('main')).toContainText('Invitation pending');
  await expect(admin.getByRole('button', { name: 'Send the invitation again' })).toBeVisible();
  await expectNoSeriousAxeViolations(admin);

  // The invitation, in the invitee's language, read through the demo outbox.
  await admin.goto(outboxPath);
  await expect(admin.getByText('Invitación al Seguimiento de Recomendaciones del DEAN')).toBeVisible();
  const invitationLink = (await admin.getByRole('link', { name: /\/es\/accept-invitation\?token=/ }).getAttribute('href'))!;

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(invitationLink);
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Acepte su invitación');
  await expect(invitee.getByText(`Le damos la bienvenida, ${name}.`)).toBeVisible();
  await expectNoSeriousAxeViolations(invitee);
  await invitee.getByLabel(/^Nueva contraseña/).fill(INVITEE_PASSWORD);
  await invitee.getByRole('button', { name: 'Guardar mi contraseña' }).click();
  await expect(invitee.getByText('Su contraseña quedó guardada y su correo electrónico, confirmado.')).toBeVisible();
  await signIn(invitee, email, INVITEE_PASSWORD, 'es');

  // The link worked once.
  const reused = await (await browser.newContext()).newPage();
  await reused.goto(invitationLink);
  await expect(reused.getByText('Este enlace de invitación ya se utilizó.')).toBeVisible();

  // The administrator finds the new coordinator among the coordinators.
  await admin.goto('/en/admin/users');
  await admin.getByLabel('Role').selectOption({ label: 'Coordinator' });
  await admin.getByRole('button', { name: 'Show' }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/users\?role=coordinator$/);
  const row = admin.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Coordinator');
  await expect(row).toContainText('Government of Mexico');
  await expect(row).toContainText('Pillar II');
  await expect(row).toContainText('Active');
  await expect(admin.getByRole('row').filter({ hasText: 'stakeholder@hled.example' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(admin);

  await row.getByRole('link', { name }).click();
  await admin.getByRole('button', { name: 'Deactivate this account' }).click();
  await expect(admin.getByText('The account was deactivated and its sessions ended.')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Reactivate this account' })).toBeVisible();
  await expect(admin.getByRole('main')).toContainText('Deactivated');

  // The coordinator's open session has ended, and the password no longer signs in.
  await invitee.goto('/es/account');
  await expect(invitee).toHaveURL(/\/es\/sign-in/);
  await invitee.getByLabel('Correo electrónico').fill(email);
  await invitee.getByLabel(/^Contraseña/).fill(INVITEE_PASSWORD);
  await invitee.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(invitee.getByRole('main').getByRole('alert')).toContainText('El correo electrónico o la contraseña no son correctos.');

  await Promise.all([admin.context().close(), invitee.context().close(), reused.context().close()]);
});

test('an administrator cannot remove their own administrator role nor deactivate themselves', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/en/admin/users?role=admin');
  await page.getByRole('row').filter({ hasText: ADMIN }).getByRole('link').click();
  await expect(page.getByText('This is your own account: you cannot remove your own administrator role or deactivate it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate this account' })).toHaveCount(0);
  await page.getByRole('combobox', { name: /^Role/ }).selectOption({ label: 'Stakeholder' });
  await page.getByRole('button', { name: 'Save the role and scope' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'You cannot remove your own administrator role. Another administrator can.',
  );
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^Role/ })).toHaveValue('admin');
});

test('an administrator reviews the meetings and the site settings', async ({ page }) => {
  test.slow();
  await signIn(page, ADMIN);
  await page.goto('/en/admin/meetings');
  await expectNoSeriousAxeViolations(page);

  // A slug another meeting has is refused on the slug field. Nothing is saved: the public list of
  // meetings is the seeded one, which the visitor journeys check while this runs.
  await page.getByRole('link', { name: 'Add a meeting' }).click();
  await expect(page).toHaveURL('/en/admin/meetings/new');
  await page.getByLabel('Address (slug)').fill('2021-09-09-relaunch');
  await page.getByLabel('Date').fill('2026-04-20');
  await page.getByLabel('Kind').selectOption({ label: 'Mid-year review' });
  await page.getByLabel('Title in English').fill('2026 mid-year review');
  await page.getByLabel('Title in Spanish').fill('Revisión de medio año 2026');
  await page.getByLabel('Summary in English').fill('The mid-year review of the dialogue.');
  await page.getByLabel('Summary in Spanish').fill('La revisión de medio año del Diálogo.');
  await page.getByRole('button', { name: 'Add the meeting' }).click();
  await expect(page.getByText('Another meeting already has this address. Choose another one.')).toBeVisible();
  await expect(page.getByLabel('Address (slug)')).toBeFocused();
  await expectNoSeriousAxeViolations(page);

  // An existing meeting opens with its record filled in; saving it unchanged changes nothing.
  await page.goto('/en/admin/meetings');
  await page.getByRole('link', { name: 'HLED relaunch', exact: true }).click();
  await expect(page).toHaveURL('/en/admin/meetings/2021-09-09-relaunch');
  await expect(page.getByLabel('Title in Spanish')).toHaveValue('Relanzamiento del DEAN');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByText('The meeting was saved.')).toBeVisible();

  // A meeting's delegation leads are kept in both languages, line for line.
  await page.goto('/en/admin/meetings/2023-04-18-mid-year-review');
  await expect(page.getByLabel('Mexican delegation led by, in English (optional)')).toHaveValue(
    /^Alejandro Encinas, Under Secretary of Foreign Trade\n/,
  );
  await expect(page.getByLabel('Mexican delegation led by, in Spanish (optional)')).toHaveValue(
    /^Alejandro Encinas, subsecretario de Comercio Exterior\n/,
  );
  await expectNoSeriousAxeViolations(page);

  // Bilateral confirmation is on by default. Saved as it is, so the coordinators' journeys running
  // alongside keep the default.
  await page.goto('/en/admin/settings');
  await expect(page.getByRole('checkbox', { name: /^Bilateral confirmation/ })).toBeChecked();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Save the settings' }).click();
  await expect(page.getByText('The settings were saved.')).toBeVisible();
});

test('the administration is not found for a stakeholder or a coordinator, and asks anyone else to sign in', async ({ browser }) => {
  test.slow();
  const paths = [
    '/en/admin',
    '/en/admin/users',
    '/en/admin/users/invite',
    '/en/admin/users/1',
    '/en/admin/meetings',
    '/en/admin/meetings/new',
    '/en/admin/settings',
  ];
  for (const email of ['stakeholder@hled.example', 'coordinator.pillar4@hled.example']) {
    const page = await signedIn(browser, email);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Administration' })).toHaveCount(0);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
    await page.context().close();
  }
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/en/admin/users');
  await expect(anonymous).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Fusers/);
  await anonymous.context().close();
});
