// Measures "download my data" and "delete my account" for a very active stakeholder: run with
//   node --conditions=react-server --import tsx scripts/measure-data-rights.ts [recommendations]
// Prints the export's time and size, and the deletion's time with the public pages it replaces.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../db/open';
import { users } from '../db/schema';
import { eraseAccount } from '../lib/accounts/delete-account';
import { exportPersonalData } from '../lib/accounts/export-data';
import { pagesShowingSubmitter } from '../lib/page-store/stored-pages';
import { createRecommendation } from '../lib/recommendations/create-recommendation';
import { recommendationSchema } from '../lib/recommendations/schema';

const count = Number(process.argv[2] ?? 1_000);
const dir = mkdtempSync(path.join(tmpdir(), 'hled-rights-'));
const db: Database = openDatabase(path.join(dir, 'rights.db'));
(globalThis as { hledDb?: Database }).hledDb = db;

const person = db
  .insert(users)
  .values({ email: 'active@example.org', name: 'Active Person', organization: 'Red Activa', role: 'stakeholder' })
  .returning()
  .get();
const PILLARS = [
  'building-back-together',
  'sustainable-development-southern-mexico-central-america',
  'tools-for-future-prosperity',
  'investing-in-our-people',
];
db.transaction((tx) => {
  for (let i = 0; i < count; i++) {
    const input = recommendationSchema.parse({
      title: `Recommendation ${i} on border data`,
      body: `Generated text number ${i}, long enough to be a recommendation about customs and workforce.`,
      pillar: PILLARS[i % 4],
      topics: 'border',
      sector: 'civil_society',
      organization: 'Red Activa',
      organizationIdentifier: '',
      fundingDeclaration: 'none',
      country: 'mx',
      language: i % 2 ? 'es' : 'en',
      consent: i % 3 ? 'name_and_organization' : 'without_name',
    });
    createRecommendation(tx, { ...person, preferredLocale: 'en' }, input, { now: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000) });
  }
});

const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};

const [data, exportMs] = time(() => JSON.stringify(exportPersonalData(person.id), null, 2));
const [pages, pagesMs] = time(() => pagesShowingSubmitter(db, person.id));
const [erased, eraseMs] = time(() => eraseAccount(person.id));
console.log(`recommendations: ${count} (each with its receipt e-mail and history)`);
console.log(`export: ${exportMs.toFixed(0)} ms, ${(Buffer.byteLength(data) / 1024).toFixed(0)} KB`);
console.log(`pages showing the submitter: ${pages.length} (found in ${pagesMs.toFixed(0)} ms), ${pages.length * 2} stored pages replaced`);
console.log(`erase: ${eraseMs.toFixed(0)} ms, ${erased.recommendations} recommendations kept anonymous`);
db.$client.close();
rmSync(dir, { recursive: true, force: true });
