// Measures the coordinators' queue on a queue of 10,000 recommendations: run with
//   node --conditions=react-server --import tsx scripts/measure-queue.ts [count]
// Prints the median and 95th-percentile time of listQueue for common filter combinations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/open';
import { recommendations, users } from '../db/schema';
import { loadUser } from '../lib/auth/current-user';
import { createRecommendation } from '../lib/recommendations/create-recommendation';
import { COUNTRIES, SECTORS } from '../db/schema/accounts';
import { listQueue } from '../lib/triage/queue';
import { parseQueueFilters } from '../lib/triage/queue-filters';

const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(path.join(tmpdir(), 'hled-queue-'));
const db: Database = openDatabase(path.join(dir, 'queue.db'));
(globalThis as { hledDb?: Database }).hledDb = db;

const PILLARS = [
  'building-back-together',
  'sustainable-development-southern-mexico-central-america',
  'tools-for-future-prosperity',
  'investing-in-our-people',
];
const WORDS = [
  'border',
  'customs',
  'semiconductor',
  'workforce',
  'energía',
  'frontera',
  'aduanas',
  'capacitación',
  'supply',
  'cybersecurity',
  'migración',
  'agua',
];
const submitter = db.insert(users).values({ email: 'bulk@example.org', name: 'Bulk', role: 'stakeholder' }).returning().get();
const coordinator = db
  .insert(users)
  .values({ email: 'coord@example.org', name: 'Coord', role: 'coordinator', government: 'us', allPillars: true })
  .returning()
  .get();

const started = performance.now();
db.transaction((tx) => {
  for (let i = 0; i < count; i++) {
    const word = (k: number) => WORDS[(i * 7 + k) % WORDS.length];
    createRecommendation(
      tx,
      { ...submitter, preferredLocale: 'en' },
      {
        title: `Recommendation ${i} on ${word(1)} and ${word(2)}`,
        body: `Generated text about ${word(3)}, ${word(4)} and ${word(5)} for measuring the queue.`,
        pillar: PILLARS[i % 4]!,
        topics: '',
        sector: SECTORS[i % SECTORS.length]!,
        organization: '',
        organizationIdentifier: '',
        fundingDeclaration: 'none',
        country: COUNTRIES[i % COUNTRIES.length]!,
        language: i % 2 ? 'es' : 'en',
        consent: 'without_name',
        website: undefined,
      },
      {
        now: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
        status: (['received', 'under_review', 'accepted', 'in_progress'] as const)[i % 4],
      },
    );
  }
});
// One in a hundred marked implemented by the other government, awaiting this coordinator's confirmation.
db.update(recommendations)
  .set({ pendingStatus: 'implemented' })
  .where(sql`${recommendations.id} % 100 = 0`)
  .run();
console.log(`${count} recommendations written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const user = loadUser(db.select().from(users).where(eq(users.id, coordinator.id)).get()!.id, null)!;
const cases: Record<string, Record<string, string>> = {
  'no filter, newest first': {},
  'status received': { status: 'received' },
  'pillar + sector + country': { pillar: 'tools-for-future-prosperity', sector: 'academia', country: 'mx' },
  'search "frontera"': { q: 'frontera' },
  'search + status, page 20': { q: 'border customs', status: 'under_review', page: '20' },
  'submitted in a period, oldest first': { from: '2026-01-02', to: '2026-01-04', sort: 'oldest' },
  unassigned: { assigned: 'none' },
  'awaiting my confirmation': { awaiting: 'mine' },
  'no filter, read in Spanish': { locale: 'es' },
};
for (const [name, { locale, ...params }] of Object.entries(cases)) {
  const times: number[] = [];
  for (let run = 0; run < 30; run++) {
    const t0 = performance.now();
    listQueue(user, parseQueueFilters(params), locale === 'es' ? 'es' : 'en');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} median ${times[15]!.toFixed(1)} ms   p95 ${times[28]!.toFixed(1)} ms`);
}
db.$client.close();
rmSync(dir, { recursive: true, force: true });
