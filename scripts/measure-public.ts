// Times the public pages' data functions on an existing database (e.g. one made by bench/generate.ts):
//   npm run measure:public -- <file>
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../db/open';

const file = process.argv[2]!;
const db: Database = openDatabase(file);
(globalThis as { hledDb?: Database }).hledDb = db;

async function main() {
  const { listPillars } = await import('../lib/record/pillars');
  const { statusByPillar, activityOverTime } = await import('../lib/public/charts');
  const { searchRegister, latestImplemented } = await import('../lib/public/register');
  const { parseRegisterFiltersLenient } = await import('../lib/public/register-filters');
  const { getPublicRecommendation } = await import('../lib/public/recommendation');
  const { listOutcomes } = await import('../lib/public/outcomes');
  const { listPublicDecisions } = await import('../lib/public/decisions');
  const time = (name: string, run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      run();
      times.push(performance.now() - t);
    }
    console.log(`${name.padEnd(40)} ${times.map((t) => t.toFixed(1)).join(' / ')} ms`);
  };
  const ref = db.$client.prepare("select ref from public_recommendations where status='implemented' limit 1").pluck().get() as string;
  time('listPillars', () => listPillars());
  time('statusByPillar', () => statusByPillar());
  time('activityOverTime', () => activityOverTime());
  time('latestImplemented', () => latestImplemented());
  time('register unfiltered', () => searchRegister(parseRegisterFiltersLenient({})));
  time('register filtered', () => searchRegister(parseRegisterFiltersLenient({ pillar: 'building-back-together', status: 'in_progress', sector: 'private_sector' })));
  time('register q=energia frontera', () => searchRegister(parseRegisterFiltersLenient({ q: 'energia frontera' })));
  time('register q, no facets', () => searchRegister(parseRegisterFiltersLenient({ q: 'energia frontera' }), { facets: false }));
  time('register unfiltered, no facets', () => searchRegister(parseRegisterFiltersLenient({}), { facets: false }));
  time('recommendation page', () => getPublicRecommendation(ref));
  time('outcomes', () => listOutcomes());
  time('decisions', () => listPublicDecisions({ limit: 50 }));
}
main();
