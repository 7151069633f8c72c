// Measures the triage page's similar-recommendations look-up on a queue of 10,000 recommendations: run with
//   npm run measure:similar -- [count]
// The items are made of the record's own sentences (a title of one progress update, the text of
// another, half with a translation), so the words are spread as in real submissions. Prints the
// median and 95th-percentile time of one look-up, before (the title's words, any of them) and now.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../db/open';
import type { CurrentUser } from '../lib/auth/current-user';
import { findSimilar } from '../lib/triage/similar';
import { baselineSuggestions } from '../test/fixtures/similar/baseline';
import { loadCorpus, storeItem, type StoredRecommendation } from '../test/fixtures/similar/corpus';

const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(path.join(tmpdir(), 'hled-similar-'));
const db: Database = openDatabase(path.join(dir, 'similar.db'));
(globalThis as { hledDb?: Database }).hledDb = db;

const corpus = loadCorpus().filter((item) => item.title.en && item.title.es && item.body.en && item.body.es);
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = () => corpus[Math.floor(next() * corpus.length)]!;

const started = performance.now();
const stored: StoredRecommendation[] = [];
db.transaction(() => {
  for (let i = 0; i < count; i++) {
    const [a, b] = [pick(), pick()];
    const language = i % 2 ? 'es' : 'en';
    const other = language === 'en' ? 'es' : 'en';
    const withTranslation = i % 4 < 2;
    stored.push(
      storeItem(
        db,
        {
          pillar: a.pillar,
          language,
          title: { [language]: a.title[language], ...(withTranslation ? { [other]: a.title[other] } : {}) },
          body: { [language]: b.body[language], ...(withTranslation ? { [other]: b.body[other] } : {}) },
        },
        `BULK-${i}`,
      ),
    );
  }
});
console.log(`${count} recommendations (half with a translation) written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const admin = { id: 0, role: 'admin', allPillars: true, pillarIds: [] } as unknown as CurrentUser;
const pillarCoordinator = { id: 0, role: 'coordinator', allPillars: false, pillarIds: [1] } as unknown as CurrentUser;
const cases: Record<string, (row: StoredRecommendation) => unknown> = {
  'before: title words, any, top 5': (row) => baselineSuggestions(db, row),
  'now: telling words, scored, all pillars': (row) => findSimilar(admin, row),
  'now: a coordinator of one pillar': (row) => findSimilar(pillarCoordinator, row),
};
for (const [name, lookUp] of Object.entries(cases)) {
  const times: number[] = [];
  for (let run = 0; run < 60; run++) {
    const row = stored[Math.floor((run * stored.length) / 60)]!;
    const t0 = performance.now();
    lookUp(row);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(42)} median ${times[30]!.toFixed(1)} ms   p95 ${times[57]!.toFixed(1)} ms   max ${times[59]!.toFixed(1)} ms`);
}
db.$client.close();
rmSync(dir, { recursive: true, force: true });
