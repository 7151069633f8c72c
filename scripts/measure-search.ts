// Times full-text searches of the public register (as its page runs them, with facet counts) and of the
// coordinators' queue on an existing database, e.g. the benchmark's 100,000 recommendations:
//   npx tsx bench/generate.ts /tmp/bench.db && npm run measure:search -- /tmp/bench.db
// Every search below is different, so none is answered from the count cache (lib/cache.ts): each figure
// is the cost of a first visit. Prints milliseconds per search and the FTS5 query each one ran.
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/open';
import { users } from '../db/schema';

const file = process.argv[2];
if (!file) throw new Error('Usage: npm run measure:search -- <database file>');
const db: Database = openDatabase(file);
(globalThis as { hledDb?: Database }).hledDb = db;

const SEARCHES: [label: string, q: string, filters?: Record<string, string>][] = [
  ['one rare word', 'zzzz'],
  ['one letter', 'a'],
  ['12 one-letter words a…l', 'a b c d e f g h i j k l'],
  ['12 one-letter words b…m', 'b c d e f g h i j k l m'],
  ['12 one-letter words + sector', 'c d e f g h i j k l m n', { sector: 'civil_society' }],
  ['12 two-letter words', 'ab co de fr gu in ma pr re se tr un'],
  ['12 four-letter words', 'bord cust ener fron mig agua supp work semi cyber capa tran'],
  ['three real words', 'energia frontera aduanas'],
  ['one real word', 'frontera'],
];

async function main() {
  const { searchRegister } = await import('../lib/public/register');
  const { parseRegisterFiltersLenient } = await import('../lib/public/register-filters');
  const { listQueue } = await import('../lib/triage/queue');
  const { parseQueueFilters } = await import('../lib/triage/queue-filters');
  const { loadUser } = await import('../lib/auth/current-user');
  const { ftsQuery } = await import('../lib/search/fts-query');
  const admin = db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get();
  const user = admin ? loadUser(admin.id, null) : null;
  const time = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const total = db.$client.prepare('select count(*) from public_recommendations').pluck().get();
  console.log(`${file}: ${total} public recommendations\n`);
  console.log(`${'search'.padEnd(32)} ${'register page'.padStart(14)} ${'queue'.padStart(9)}   FTS5 query`);
  for (const [label, q, filters = {}] of SEARCHES) {
    const register = time(() => searchRegister(parseRegisterFiltersLenient({ q, ...filters })));
    const queue = user ? time(() => listQueue(user, parseQueueFilters({ q, ...filters }))) : NaN;
    console.log(
      `${label.padEnd(32)} ${register.toFixed(1).padStart(11)} ms ${queue.toFixed(1).padStart(6)} ms   ${ftsQuery(q) ?? '(nothing to search)'}`,
    );
  }
  db.$client.close();
}
main();
