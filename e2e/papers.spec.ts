import { expect, test } from '@playwright/test';
import { exeBytes, PDF_BYTES } from '../test/fixtures/papers';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, uniqueWord } from './triage-helpers';

/**
 * Issue 19 end to end: a Mexican civil-society network submits a recommendation with a position paper,
 * a U.S. industry association co-signs it, and a coordinator withholds a third party's name from
 * everything public while the submitter still reads it.
 */
test('a position paper, a binational co-signature and a redaction, from the submitter to every public channel', async ({ browser }) => {
  test.slow();
  const word = uniqueWord();
  const surname = `Zarate${word}`;
  const name = `Rigoberta ${surname}`;
  const stakeholder = await signedIn(browser, 'stakeholder@hled.example');

  // The submission, with the organization published.
  await stakeholder.goto('/en/submit');
  await stakeholder.getByLabel('Title', { exact: false }).first().fill(`Cargo lanes ${word}: what ${name} saw at the bridge`);
  await stakeholder
    .getByLabel('Your recommendation')
    .fill(`Open joint inspection lanes for perishable cargo. The customs broker ${name} measured nine-hour waits at the bridge in May.`);
  await stakeholder.getByRole('radio', { name: /Building Back Together/ }).check();
  await stakeholder.getByLabel('Organization (optional)').fill('Red Fronteriza de Organizaciones Civiles');
  await stakeholder.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await stakeholder.getByRole('button', { name: 'Send the recommendation' }).click();
  await expect(stakeholder.getByRole('heading', { name: 'Recommendation received' })).toBeVisible();
  const ref = (await stakeholder.locator('.reference strong').textContent())!;

  // A PDF is attached; a program renamed to .pdf is refused, by its content.
  await stakeholder.goto(`/en/account/recommendations/${ref}`);
  const papers = stakeholder.getByRole('region', { name: 'Position papers' });
  await papers.getByLabel('File to attach').setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: exeBytes() });
  await papers.getByRole('button', { name: 'Attach file' }).click();
  await expect(papers.getByText(/Only PDF, Word \(\.docx\) and OpenDocument \(\.odt\) files can be attached/)).toBeVisible();
  await papers.getByLabel('File to attach').setInputFiles({ name: 'Position paper.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
  await papers.getByRole('button', { name: 'Attach file' }).click();
  await expect(papers.getByText('The file was attached.')).toBeVisible();
  await expect(papers.getByRole('link', { name: 'Position paper.pdf' })).toBeVisible();
  await expect(papers.getByRole('link', { name: 'setup.pdf' })).toHaveCount(0);

  // The U.S. association is invited by e-mail.
  const cosigning = stakeholder.getByRole('region', { name: 'Co-signing organizations' });
  await cosigning.getByLabel('E-mail of the person who signs for the organization').fill('industry@hled.example');
  await cosigning.getByRole('button', { name: 'Send invitation' }).click();
  await expect(cosigning.getByText('The invitation was sent.')).toBeVisible();
  await expect(cosigning.getByText('industry@hled.example · invited')).toBeVisible();
  await expectNoSeriousAxeViolations(stakeholder);

  // Its representative signs, with the organization's country and their own consent.
  const industry = await signedIn(browser, 'industry@hled.example');
  await industry.getByRole('link', { name: 'Invitations to co-sign' }).click();
  const invitation = industry.getByRole('region', { name: new RegExp(ref) });
  await expect(invitation.getByLabel(/^Organization/)).toHaveValue('Borderlands Manufacturing Association (demo)');
  await invitation.getByLabel('Country of the organization').selectOption({ label: 'United States' });
  await invitation.getByRole('checkbox', { name: /I consent to my organization’s name/ }).check();
  await expectNoSeriousAxeViolations(industry);
  await invitation.getByRole('button', { name: 'Co-sign' }).click();
  await expect(invitation.getByRole('button', { name: 'Withdraw my signature' })).toBeVisible();

  // The public page lists both organizations, each with its side of the border, and offers the PDF as a download.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/recommendations/${ref}`);
  const signatories = visitor.getByRole('region', { name: 'Signed by' });
  await expect(signatories.getByRole('listitem').filter({ hasText: 'Red Fronteriza de Organizaciones Civiles' })).toContainText('Mexico');
  await expect(signatories.getByRole('listitem').filter({ hasText: 'Borderlands Manufacturing Association' })).toContainText(
    'United States',
  );
  const paperLink = visitor.getByRole('link', { name: 'Download Position paper.pdf' });
  const [download] = await Promise.all([visitor.waitForEvent('download'), paperLink.click()]);
  expect(download.suggestedFilename()).toBe('Position paper.pdf');
  const served = await visitor.request.get((await paperLink.getAttribute('href'))!);
  expect(served.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(served.headers()['x-content-type-options']).toBe('nosniff');

  // The register's filter "co-signed by organizations from both countries" finds it.
  await visitor.goto('/en/recommendations?cosigned=both');
  await expect(visitor.getByLabel('Co-signed')).toHaveValue('both');
  await expect(visitor.getByRole('main')).toContainText(ref);
  await expectNoSeriousAxeViolations(visitor);
  await expectNoSeriousAxeViolations(visitor);

  // A coordinator puts it under review (an entry in the feed), then withholds the name from the text and the title.
  const coordinator = await signedIn(browser, 'coordinator.us@hled.example');
  await coordinator.goto(`/en/coordinate/${ref}`);
  await coordinator.getByLabel('New status').selectOption({ label: 'Under review' });
  await coordinator.getByRole('button', { name: 'Save the status' }).click();
  await expect(coordinator.getByText('Status saved.')).toBeVisible();
  const redaction = coordinator.getByRole('region', { name: 'Redact a passage of the public text' });
  for (const field of ['Text', 'Title']) {
    await redaction.getByLabel('Text the passage is in').selectOption({ label: field });
    await redaction.getByLabel(/^Passage to withhold/).fill(name);
    await redaction.getByLabel('Reason', { exact: true }).selectOption({ label: 'personal data of a third party' });
    await redaction.getByRole('button', { name: 'Withhold passage' }).click();
    await expect(redaction.getByText('The passage is withheld from the public.')).toBeVisible();
  }
  await expect(redaction.getByRole('listitem').filter({ hasText: name })).toHaveCount(2);
  await expectNoSeriousAxeViolations(coordinator);

  // Nothing public holds the name any more: the page, the search, the API, the CSV, the feed.
  await visitor.goto(`/en/recommendations/${ref}`);
  await expect(visitor.getByRole('main')).toContainText('[redacted: personal data of a third party]');
  await expect(visitor.getByRole('main')).not.toContainText(surname);
  await expect(visitor.getByRole('main')).toContainText('Text: a passage was withheld (personal data of a third party).');
  await expectNoSeriousAxeViolations(visitor);
  await visitor.goto(`/en/recommendations?q=${word}`);
  await expect(visitor.getByRole('main')).toContainText(ref);
  await visitor.goto(`/en/recommendations?q=${surname}`);
  await expect(visitor.getByRole('main')).not.toContainText(ref);
  const api = await (await visitor.request.get(`/api/v1/recommendations/${ref}`)).text();
  expect(api).toContain('[redacted: personal data of a third party]');
  expect(api).not.toContain(surname);
  const csv = await (await visitor.request.get('/api/v1/recommendations.csv')).text();
  expect(csv).toContain(ref);
  expect(csv).not.toContain(surname);
  const feed = await (await visitor.request.get('/feed.xml')).text();
  expect(feed).toContain(ref);
  expect(feed).not.toContain(surname);
  await visitor.goto('/en/decisions');
  await expect(visitor.getByRole('listitem').filter({ hasText: ref }).first()).toContainText('Passage withheld');

  // The submitter still reads the original, and was told.
  await stakeholder.goto(`/en/account/recommendations/${ref}`);
  await expect(stakeholder.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(stakeholder.getByRole('main')).toContainText(`The customs broker ${name} measured`);
});

test('a file of a hidden recommendation is refused, and file addresses cannot leave the folder', async ({ browser, request }) => {
  test.slow();
  for (const id of ['..%2F..%2Fetc%2Fpasswd', '..%2F..%2Fdb%2Fe2e.db', '1%00.pdf', 'x']) {
    expect([400, 404], id).toContain((await request.get(`/api/attachments/${id}`)).status());
  }
  const stakeholder = await signedIn(browser, 'stakeholder@hled.example');
  await stakeholder.goto('/en/submit');
  await stakeholder.getByLabel('Title', { exact: false }).first().fill(`Spam ${uniqueWord()}`);
  await stakeholder
    .getByLabel('Your recommendation')
    .fill('Buy cheap watches at our shop, the best prices on both sides of the border, every day.');
  await stakeholder.getByRole('radio', { name: /Building Back Together/ }).check();
  await stakeholder.getByRole('radio', { name: 'Publish it with my name and organization' }).check();
  await stakeholder.getByRole('button', { name: 'Send the recommendation' }).click();
  const ref = (await stakeholder.locator('.reference strong').textContent())!;
  await stakeholder.goto(`/en/account/recommendations/${ref}`);
  await stakeholder.getByLabel('File to attach').setInputFiles({ name: 'flyer.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
  await stakeholder.getByRole('button', { name: 'Attach file' }).click();
  await expect(stakeholder.getByRole('link', { name: 'flyer.pdf' })).toBeVisible();
  const href = (await stakeholder.getByRole('link', { name: 'flyer.pdf' }).getAttribute('href'))!;
  expect((await request.get(href)).status()).toBe(200);

  const coordinator = await signedIn(browser, 'coordinator.us@hled.example');
  await coordinator.goto(`/en/coordinate/${ref}`);
  const hide = coordinator.getByRole('region', { name: 'Hide as spam or abuse' });
  await hide.getByLabel(/^Internal reason/).fill('Advertising.');
  await hide.getByRole('button', { name: 'Hide it' }).click();
  await expect.poll(async () => (await request.get(href)).status()).toBe(404);
  // Its submitter still has it.
  expect((await stakeholder.request.get(href)).status()).toBe(200);
});
