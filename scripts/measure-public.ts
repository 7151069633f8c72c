// Times the public pages' data functions on an existing database (e.g. one made by bench/generate.ts):
//   npm run measure:public -- <file> [--after-write]
// With --after-write, each run follows a coordinator's status change (written to the database, as the
// use case does), so every run is what the first visitor after a write pays; the writes stay.
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../db/open';

const file = process.argv[2]!;
const afterWrite = process.argv.includes('--after-write');
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
  const { getFactSheet } = await import('../lib/public/fact-sheet');
  const { getPillar } = await import('../lib/record/pillars');
  const { getInitiative } = await import('../lib/record/initiatives');
  let round = 0;
  const write = () => {
    const item = db.$client
      .prepare("select id, status from recommendations where status in ('received', 'under_review') order by id desc limit 1 offset ?")
      .get(round++) as { id: number; status: string };
    const to = item.status === 'received' ? 'under_review' : 'accepted';
    db.$client.transaction(() => {
      db.$client
        .prepare('update recommendations set status = ?, version = version + 1, updated_at = ? where id = ?')
        .run(to, Date.now(), item.id);
      db.$client
        .prepare(
          "insert into history_events (recommendation_id, actor_role, kind, from_status, to_status, is_public, public_response_en) values (?, 'coordinator', 'status_changed', ?, ?, 1, 'Measured.')",
        )
        .run(item.id, item.status, to);
    })();
  };
  const time = (name: string, run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      if (afterWrite) write();
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
  time('register filtered', () =>
    searchRegister(parseRegisterFiltersLenient({ pillar: 'building-back-together', status: 'in_progress', sector: 'private_sector' })),
  );
  time('register q=energia frontera', () => searchRegister(parseRegisterFiltersLenient({ q: 'energia frontera' })));
  time('register q, no facets', () => searchRegister(parseRegisterFiltersLenient({ q: 'energia frontera' }), { facets: false }));
  time('register unfiltered, no facets', () => searchRegister(parseRegisterFiltersLenient({}), { facets: false }));
  time('recommendation page', () => getPublicRecommendation(ref));
  time('outcomes', () => listOutcomes());
  time('decisions', () => listPublicDecisions({ limit: 50 }));
  const pillar = db.$client.prepare('select slug from pillars order by number limit 1').pluck().get() as string;
  const meeting = db.$client.prepare('select slug from meetings order by date desc limit 1').pluck().get() as string;
  const initiative = db.$client
    .prepare(
      'select i.slug from initiatives i join recommendation_initiatives l on l.initiative_id = i.id group by i.id order by count(*) desc, i.id limit 1',
    )
    .pluck()
    .get() as string;
  time('pillar page (getPillar)', () => getPillar(pillar));
  time(`activityOverTime, one pillar`, () => activityOverTime({ pillarId: 1 }));
  time('fact sheet (getFactSheet)', () => getFactSheet(meeting));
  time('initiative page (getInitiative)', () => getInitiative(initiative));
}
main();
