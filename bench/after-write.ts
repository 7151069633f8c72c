/**
 * What a visitor waits for right after a write: each public page that shows counts is made cold the way a
 * coordinator's action makes it (a status change written to the database, then the page's stored copy
 * expired, as `changing` does in lib/page-store/refresh.ts), then fetched once. Prints, per page, the time
 * to the last byte and the server's CPU time for that request (median of AFTER_WRITE_ROUNDS rounds).
 *
 *   BENCH_DB=/tmp/bench.db npm run bench:after-write
 *
 * Uses the existing production build (like the bench) and BENCH_PORT (default 3200). The writes stay in
 * the database: run it on a copy, or on the bench's data set, which the bench's own write test adds to.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { treeCpuMs } from './lib/cpu';
import { FILTER, readDataSet } from './lib/data-set';
import { ensureBuild, isListening, killServerNow, startServer, stopServer, waitUntilHealthy } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3200);
const baseUrl = `http://localhost:${port}`;
const rounds = Number(process.env.AFTER_WRITE_ROUNDS ?? 3);
const file = process.env.BENCH_DB;
if (!file) throw new Error('BENCH_DB: the database to measure on (e.g. one made by bench/generate.ts)');

const facts = readDataSet(file);
const [pillar] = facts.pillarSlugs;
const filtered = new URLSearchParams({ pillar: pillar!, status: FILTER.status, sector: FILTER.sector });
const PAGES: { name: string; path: string; stored: boolean }[] = [
  { name: 'home', path: '/en', stored: true },
  { name: 'pillar page', path: `/en/pillars/${pillar}`, stored: true },
  { name: 'register', path: '/en/recommendations', stored: true },
  { name: 'register, filtered', path: `/en/recommendations?${filtered}`, stored: false },
  { name: 'You said, we did', path: '/en/you-said-we-did', stored: true },
  { name: 'meeting fact sheet', path: `/en/meetings/${facts.meetingSlug}`, stored: true },
  { name: 'initiative page', path: `/en/initiatives/${facts.initiativeSlug}`, stored: true },
];

const db = new BetterSqlite3(file);
db.pragma('busy_timeout = 5000');
const STATUSES = ['under_review', 'accepted', 'in_progress', 'implemented', 'not_adopted'];

/** A coordinator's status change, as the use case writes it: the item, its version and a public history event. */
function writeStatusChange(round: number): void {
  const item = db
    .prepare(
      `SELECT r.id, r.status FROM recommendations r JOIN pillars p ON p.id = r.pillar_id WHERE p.slug = ? AND r.status <> 'hidden' AND r.consent <> 'confidential' ORDER BY r.id DESC LIMIT 1 OFFSET ?`,
    )
    .get(pillar, round * 7) as { id: number; status: string };
  const to = STATUSES.find((s) => s !== item.status)!;
  const now = Date.now();
  db.transaction(() => {
    db.prepare('UPDATE recommendations SET status = ?, version = version + 1, updated_at = ? WHERE id = ?').run(to, now, item.id);
    db.prepare(
      `INSERT INTO history_events (recommendation_id, actor_role, kind, from_status, to_status, is_public, public_response_en, created_at)
       VALUES (?, 'coordinator', 'status_changed', ?, ?, 1, 'Measured after a write.', ?)`,
    ).run(item.id, item.status, to, now);
  })();
}

/** What revalidatePath(path) records (lib/page-store/handler.mjs): the stored page is not served again. */
function expire(pagePath: string): void {
  db.prepare(
    'INSERT INTO page_revalidations (tag, expired_at) VALUES (?, ?) ON CONFLICT (tag) DO UPDATE SET expired_at = excluded.expired_at',
  ).run(`_N_T_${pagePath}`, Date.now());
}

async function fetchTimed(pid: number, pagePath: string) {
  const cpuBefore = treeCpuMs(pid);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${pagePath}`);
  await response.arrayBuffer();
  return {
    ms: performance.now() - started,
    cpuMs: treeCpuMs(pid) - cpuBefore,
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  await ensureBuild(false);
  if (await isListening(baseUrl)) throw new Error(`something already answers on ${baseUrl}; choose another BENCH_PORT`);
  const dir = mkdtempSync(path.join(tmpdir(), 'hled-after-write-'));
  const server = startServer({ port, baseUrl, databaseFile: file!, logFile: path.join(dir, 'server.log') });
  process.on('exit', () => killServerNow(server));
  try {
    await waitUntilHealthy(server, baseUrl);
    const rows: string[] = [];
    for (const page of PAGES) {
      await fetchTimed(server.pid, page.path); // rendered and stored: the state before the write
      const warm = await fetchTimed(server.pid, page.path);
      const cold: Awaited<ReturnType<typeof fetchTimed>>[] = [];
      for (let round = 0; round < rounds; round++) {
        writeStatusChange(round);
        if (page.stored) expire(page.path);
        cold.push(await fetchTimed(server.pid, page.path));
      }
      const codes = [...new Set(cold.map((c) => `${c.status}${c.cache ? ` ${c.cache}` : ''}`))].join(', ');
      rows.push(
        `| ${page.name} | ${median(cold.map((c) => c.ms)).toFixed(0)} | ${median(cold.map((c) => c.cpuMs)).toFixed(0)} | ${warm.ms.toFixed(0)} | ${codes} (before: ${warm.cache ?? 'per request'}) |`,
      );
    }
    console.log(`\nAfter a write, ${facts.publicCount.toLocaleString('en-US')} public recommendations, median of ${rounds}:\n`);
    console.log('| page | ms to last byte after a write | server CPU ms | ms before the write | answers |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    await stopServer(server);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
