import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectNoSeriousAxeViolations } from './accessibility';
import { signedIn, submitRecommendation, uniqueWord } from './triage-helpers';

const INITIATIVE = 'environmental-technologies';
const INITIATIVE_OPTION = 'I · United States-Mexico Cooperation on Environmental Technologies';

/** Chooses the file in the import form and asks for the preview. */
async function checkFile(page: Page, path: string) {
  await page.getByLabel('CSV file to import').setInputFiles(path);
  await page.getByRole('button', { name: 'Check the file' }).click();
}

test('a coordinator round-trips the CSV, the public sees the sourced update, the submitter hears once, and a snapshot matches its checksum', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const word = uniqueWord();

  // A stakeholder's recommendation, taken up by the initiative.
  const stakeholder = await signedIn(browser, 'stakeholder@hled.example');
  const ref = await submitRecommendation(stakeholder, `Open data on clean-technology pilots ${word}`);
  const coordinator = await signedIn(browser, 'coordinator.mx@hled.example');
  await coordinator.goto(`/en/coordinate/${ref}`);
  await coordinator.getByLabel(/^Initiative/).selectOption({ label: INITIATIVE_OPTION });
  await coordinator.getByLabel('How it answers the recommendation (English)').fill('The cooperation publishes its pilots.');
  await coordinator.getByRole('button', { name: 'Link to the initiative' }).click();
  await expect(coordinator.getByText('Linked.')).toBeVisible();

  // Export.
  await coordinator.goto('/en/coordinate/initiatives');
  const downloading = coordinator.waitForEvent('download');
  await coordinator.getByRole('link', { name: 'Download the CSV of my pillars' }).click();
  const exported = await readFile((await (await downloading).path())!, 'utf8');
  expect(exported.charCodeAt(0), 'UTF-8 with a byte-order mark').toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(exported.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.data.some((row) => row.record_type === 'initiative' && row.initiative === INITIATIVE)).toBe(true);

  // Two rows added in a spreadsheet: a sourced progress update, and a milestone whose date is written the wrong way.
  const progressText = `Pilot results on clean technologies published ${word}.`;
  const progressRow = {
    record_type: 'progress',
    initiative: INITIATIVE,
    date: '2026-10-15',
    kind: 'accomplishment',
    text_en: progressText,
    text_es: `Se publicaron los resultados de los pilotos de tecnologías limpias ${word}.`,
    source_title: `Clean technology pilots report ${word}`,
    source_date: '2026-10-14',
    source_url: 'https://www.trade.gov/clean-tech-pilots',
  };
  const milestoneRow = {
    record_type: 'milestone',
    initiative: INITIATIVE,
    title_en: `Second pilot round ${word}`,
    title_es: `Segunda ronda de pilotos ${word}`,
  };
  const fields = parsed.meta.fields!;
  const write = async (targetDate: string) => {
    const path = testInfo.outputPath(`import-${targetDate.replaceAll('/', '-')}.csv`);
    const rows = [...parsed.data, progressRow, { ...milestoneRow, target_date: targetDate }];
    await writeFile(
      path,
      `\uFEFF${Papa.unparse({ fields, data: rows.map((row) => fields.map((f) => (row as Record<string, string>)[f] ?? '')) })}`,
    );
    return path;
  };
  const badRow = parsed.data.length + 3; // header is row 1; the milestone is the second added row

  await checkFile(coordinator, await write('30/06/2027'));
  await expect(coordinator.getByRole('status').filter({ hasText: '1 row has a problem' })).toBeVisible();
  const flagged = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: String(badRow), exact: true }) });
  await expect(flagged).toContainText('Column target_date: Enter a date such as 2026-04-19.');
  await expect(coordinator.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(coordinator);

  // Fixed, checked again, imported.
  await checkFile(coordinator, await write('2027-06-30'));
  await expect(coordinator.getByRole('status').filter({ hasText: '2 changes ready to import' })).toBeVisible();
  await coordinator.getByRole('button', { name: 'Import 2 changes' }).click();
  await expect(coordinator.getByText('2 changes imported.')).toBeVisible();

  // The public page: the update with its source and who recorded it, and the milestone.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/initiatives/${INITIATIVE}`);
  const entry = visitor.getByRole('listitem').filter({ hasText: progressText });
  await expect(entry.getByRole('link', { name: /Clean technology pilots report/ })).toHaveAttribute('href', progressRow.source_url);
  await expect(entry).toContainText('Recorded by');
  await expect(visitor.getByRole('region', { name: 'Milestones' })).toContainText(milestoneRow.title_en);
  await expectNoSeriousAxeViolations(visitor);

  // The submitter: exactly one e-mail about it, in their language (Spanish), naming their recommendation.
  const newsSubject = /Novedades de (una iniciativa que retomó su recomendación|iniciativas que retomaron sus recomendaciones)/;
  await stakeholder.goto('/en/account');
  const inbox = stakeholder.getByRole('region', { name: 'E-mails sent to you' });
  await expect(inbox.getByRole('link', { name: newsSubject })).toHaveCount(1);
  await expectNoSeriousAxeViolations(stakeholder);
  await inbox.getByRole('link', { name: newsSubject }).click();
  await expect(stakeholder.getByRole('main')).toContainText(ref);

  // A meeting's fact sheet is published: its snapshot downloads with the checksum shown.
  const admin = await signedIn(browser, 'admin@hled.example');
  await admin.goto('/en/admin/meetings/2023-09-29-ministerial');
  await admin.getByRole('button', { name: 'Publish the fact sheet and freeze the snapshot' }).click();
  await expect(admin.getByRole('link', { name: 'JSON' })).toBeVisible();
  await visitor.goto('/en/data');
  await expectNoSeriousAxeViolations(visitor);
  const snapshots = visitor.getByRole('region', { name: 'The record as of each meeting' });
  const jsonLink = snapshots.getByRole('link', { name: 'JSON' }).first();
  const shown = (await jsonLink.locator('xpath=..').locator('code').textContent())!.trim();
  const response = await visitor.request.get((await jsonLink.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect(createHash('sha256').update(body).digest('hex')).toBe(shown);
  expect(response.headers()['x-content-sha256']).toBe(shown);
  expect(JSON.parse(body.toString('utf8')).initiatives.find((i: { slug: string }) => i.slug === INITIATIVE).progress).toEqual(
    expect.arrayContaining([expect.objectContaining({ text_en: progressText })]),
  );

  await Promise.all([stakeholder, coordinator, visitor, admin].map((page) => page.context().close()));
});
