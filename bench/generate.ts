/**
 * The benchmark's data set (issue 8): a fresh SQLite file opened with the app's own openDatabase (so the
 * schema, triggers and seeded record are exactly the app's), then filled with raw prepared statements in a
 * few large transactions: accounts, initiatives, recommendations in both languages with translations,
 * links, positions and confirmations, and their history. Deterministic for a given seed.
 *
 *   npx tsx bench/generate.ts <file.db> [--recommendations 100000] [--stakeholders 5000]
 *                            [--initiatives 60] [--history 500000] [--seed 8] [--force] [--no-analyze]
 *
 * Sizes are totals in the database, the seeded record included (it holds 19 initiatives, 10
 * recommendations and 10 history events). History is at least what the statuses need (about 3.3 events a
 * recommendation); the rest is spread evenly as government positions and submitters' edits.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/open';
import { hashPassword } from '../lib/auth/password';
import { BENCH_PASSWORD, STAFF, stakeholderEmail } from './data/accounts';
import { planRecommendations, submissionTimes } from './data/plan';
import { addInitiatives } from './data/record';
import { insertRecommendations, withDeferredIndexing } from './data/write';
import { insertAccounts } from './data/write-accounts';

export { BENCH_PASSWORD, STAFF, stakeholderEmail };

export type BenchSizes = {
  stakeholders: number;
  initiatives: number;
  recommendations: number;
  historyEvents: number;
  /** Share of recommendations with a translation into the other language. */
  translationShare: number;
};

export const DEFAULT_SIZES: BenchSizes = {
  stakeholders: 5_000,
  initiatives: 60,
  recommendations: 100_000,
  historyEvents: 500_000,
  translationShare: 0.3,
};
export const DEFAULT_SEED = 8;

export type GenerateOptions = {
  file: string;
  sizes?: Partial<BenchSizes>;
  seed?: number;
  /** The generated submissions end two days before this moment (default: now). */
  now?: number;
  /** Replace an existing file instead of refusing. */
  force?: boolean;
  /**
   * End with ANALYZE and PRAGMA optimize (default): the planner then has statistics. A database the app
   * created and filled itself has none unless someone ran them, so `false` measures that case.
   */
  analyze?: boolean;
  log?: (line: string) => void;
};

export type GenerationReport = {
  file: string;
  seconds: number;
  cpuSeconds: number;
  seed: number;
  sizes: BenchSizes;
  counts: Record<string, number>;
};

const DAY = 86_400_000;
export const COUNTED_TABLES = [
  'users',
  'initiatives',
  'recommendations',
  'recommendation_translations',
  'recommendation_initiatives',
  'government_positions',
  'status_confirmations',
  'history_events',
  'reference_counters',
  'public_search',
] as const;

export async function generateDataSet(options: GenerateOptions): Promise<GenerationReport> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const sizes = { ...DEFAULT_SIZES, ...options.sizes };
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? Date.now();
  const log = options.log ?? (() => {});
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`bench generator: ${name} must be a number ≥ 0, not ${value}`);
  }
  if (sizes.stakeholders < 1) throw new Error('bench generator: at least one stakeholder is needed to submit recommendations');
  const file = path.resolve(options.file);
  if (existsSync(file)) {
    if (!options.force) throw new Error(`${file} exists: the generator writes a fresh database (use force to replace it)`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }

  // One hash for every account: argon2 is slow on purpose, and the runner only needs to know the password.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const db = openDatabase(file);
  const client = db.$client;
  try {
    // A file nobody else has open yet: while loading, no journal (a failed run leaves a file to throw away,
    // not one to recover), no fsync and a large page cache. It ends in WAL mode, and the app sets its own
    // pragmas whenever it opens it.
    client.pragma('journal_mode = OFF');
    client.pragma('synchronous = OFF');
    client.pragma('cache_size = -524288');
    client.pragma('temp_store = MEMORY');
    const windowStart = now - 3 * 365 * DAY;
    // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
    const step = (name: string) =>
      log(`  ${name} (${((performance.now() - started) / 1000).toFixed(1)} s, CPU ${cpuSeconds(cpuStart).toFixed(1)} s)`);

    const accounts = client.transaction(() =>
      insertAccounts(client, { seed, count: sizes.stakeholders, passwordHash, windowStart, now }),
    )();
    step(`${sizes.stakeholders} stakeholders and ${Object.keys(STAFF).length} staff accounts`);
    const initiativesByPillar = client.transaction(() => addInitiatives(client, seed, sizes.initiatives, now))();
    step('initiatives');

    const existing = client.prepare('SELECT count(*) AS n FROM recommendations').get() as { n: number };
    const toAdd = Math.max(0, sizes.recommendations - existing.n);
    const times = submissionTimes(seed, toAdd, windowStart, now - 2 * DAY);
    const skeletons = planRecommendations(times, { seed, now, stakeholderCount: sizes.stakeholders, initiativesByPillar });
    step(`planned ${toAdd} recommendations`);

    withDeferredIndexing(client, () => {
      insertRecommendations(client, skeletons, { seed, now, sizes, accounts, onBatch: (done) => step(`${done} recommendations`) });
    });
    step('indexes and search indexes built');

    if (options.analyze !== false) {
      client.exec('ANALYZE');
      client.pragma('optimize');
    }
    client.pragma('journal_mode = WAL');
    step(options.analyze !== false ? 'analyzed' : 'done (no ANALYZE)');

    const counts = Object.fromEntries(
      COUNTED_TABLES.map((table) => [table, (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
    );
    return { file, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(cpuStart), seed, sizes, counts };
  } finally {
    client.close();
  }
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function parseArguments(argv: string[]): GenerateOptions {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('--'))
    throw new Error(
      'usage: tsx bench/generate.ts <file.db> [--recommendations N] [--stakeholders N] [--initiatives N] [--history N] [--seed N] [--force] [--no-analyze]',
    );
  const options: GenerateOptions = { file, sizes: {} };
  const names: Record<string, keyof BenchSizes> = {
    '--recommendations': 'recommendations',
    '--stakeholders': 'stakeholders',
    '--initiatives': 'initiatives',
    '--history': 'historyEvents',
  };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--force') options.force = true;
    else if (flag === '--no-analyze') options.analyze = false;
    else if (flag === '--seed') options.seed = Number(rest[++i]);
    else if (names[flag]) options.sizes![names[flag]] = Number(rest[++i]);
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

// Run as a command (tsx bench/generate.ts ...), not when imported by the runner or the smoke test.
if (/bench[\\/]generate\.ts$/.test(process.argv[1] ?? '')) {
  const options = parseArguments(process.argv.slice(2));
  console.log(`Generating the benchmark data set in ${path.resolve(options.file)}`);
  generateDataSet({ ...options, log: console.log }).then(
    (report) => {
      console.log(`Generated in ${report.seconds.toFixed(1)} s (CPU ${report.cpuSeconds.toFixed(1)} s, seed ${report.seed}):`);
      for (const [table, n] of Object.entries(report.counts)) console.log(`  ${table.padEnd(28)} ${n.toLocaleString('en-US')}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
