/**
 * CPU time of one stakeholder submission on the server side, without HTTP, sessions or rendering: the
 * function the submission action calls (lib/recommendations/submit-recommendation.ts), on a copy of a
 * bench data set, in groups that arrive in the same turn of the event loop as the write test's concurrent
 * requests do (so they share group commits, db/commit-batcher.ts).
 *
 *   node --conditions=react-server --import tsx bench/submission-cpu.ts <data set.db> [--submissions 500]
 *        [--group 10] [--warm-up 50] [--statements]
 *
 * The data set is copied first (so runs compare on the same data) and the copy deleted at the end.
 * `--statements` also times better-sqlite3's prepare and execution per SQL text (by wrapping the
 * connection's `prepare`): what is left of the total is JavaScript (drizzle building the SQL, zod, the
 * e-mail templates). The wrapping itself costs a little, so compare totals without it.
 */
import { copyFileSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, closeDatabase, type Database } from '../db/open';
import { loadUser, type CurrentUser } from '../lib/auth/current-user';
import { recommendationSchema, type RecommendationInput } from '../lib/recommendations/schema';
import { submitRecommendation } from '../lib/recommendations/submit-recommendation';
import { BENCH_EMAIL_DOMAIN } from './data/accounts';
import { submissionInputs } from './lib/submission-input';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const source = process.argv[2];
if (!source || source.startsWith('--') || !existsSync(source)) {
  console.error(
    'usage: node --conditions=react-server --import tsx bench/submission-cpu.ts <data set.db> [--submissions 500] [--group 10] [--warm-up 50] [--statements]',
  );
  process.exit(2);
}
const submissions = option('submissions', 500);
const groupSize = option('group', 10);
const warmUp = option('warm-up', 50);
const timeStatements = process.argv.includes('--statements');

const dir = mkdtempSync(path.join(tmpdir(), 'hled-submission-cpu-'));
const file = path.join(dir, 'copy.db');
copyFileSync(source, file);
if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${file}-wal`);

// The app's event log (lib/log.ts) is written and thrown away, as a server writes it to its log file.
const print = console.log.bind(console);
const devNull = openSync('/dev/null', 'w');
console.log = (line: unknown) => void writeSync(devNull, `${String(line)}\n`);

// Without AUTH_SECRET the app is in demo mode, which keeps links in the outbox: set it as production does.
process.env.AUTH_SECRET ??= 'submission-cpu-measurement';
const db: Database = openDatabase(file);
(globalThis as { hledDb?: Database }).hledDb = db;

type Timing = { prepares: number; prepareMs: number; runs: number; runMs: number };
const timings = new Map<string, Timing>();
let counting = false;
if (timeStatements) wrapPrepare(db.$client);

/** Times prepare and each run/get/all/iterate per SQL text; raw() and pluck() keep returning the wrapper. */
function wrapPrepare(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const timingOf = (sqlText: string) => {
    let timing = timings.get(sqlText);
    if (!timing) timings.set(sqlText, (timing = { prepares: 0, prepareMs: 0, runs: 0, runMs: 0 }));
    return timing;
  };
  client.prepare = ((sqlText: string) => {
    const started = performance.now();
    const statement = prepare(sqlText);
    const timing = timingOf(sqlText);
    if (counting) {
      timing.prepares++;
      timing.prepareMs += performance.now() - started;
    }
    const wrapper: BetterSqlite3.Statement = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        if (['run', 'get', 'all'].includes(property as string)) {
          return (...args: unknown[]) => {
            const begun = performance.now();
            try {
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            } finally {
              if (counting) {
                timing.runs++;
                timing.runMs += performance.now() - begun;
              }
            }
          };
        }
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? wrapper : result;
        };
      },
    });
    return wrapper;
  }) as typeof client.prepare;
}

// Stakeholders of the data set with no submission in the last day, so none reaches its limits.
const accounts = db.$client
  .prepare(
    `SELECT id FROM users WHERE role = 'stakeholder' AND email_verified_at IS NOT NULL AND email LIKE ?
     AND id NOT IN (SELECT actor_id FROM history_events WHERE kind = 'submitted' AND created_at >= ? AND actor_id IS NOT NULL)
     ORDER BY id`,
  )
  .pluck()
  .all(`%@${BENCH_EMAIL_DOMAIN}`, Date.now() - 86_400_000) as number[];
const total = warmUp + submissions;
if (accounts.length * 10 < total) throw new Error(`only ${accounts.length} fresh stakeholders for ${total} submissions`);
const users = accounts.slice(0, Math.min(accounts.length, total)).map((id) => loadUser(id, null)!);
const pillarSlugs = db.$client.prepare('SELECT slug FROM pillars ORDER BY number').pluck().all() as string[];
const texts = submissionInputs(8, pillarSlugs, total);
const work: { user: CurrentUser; input: RecommendationInput }[] = texts.map((text, i) => {
  const user = users[i % users.length]!;
  const language = user.preferredLocale;
  return { user, input: recommendationSchema.parse({ ...text[language], sector: user.sector, country: user.country }) };
});

async function run(items: typeof work): Promise<number> {
  let refused = 0;
  for (let i = 0; i < items.length; i += groupSize) {
    const results = await Promise.all(items.slice(i, i + groupSize).map(({ user, input }) => submitRecommendation(user, input)));
    refused += results.filter((r) => !r.ok).length;
  }
  return refused;
}

async function main() {
  await run(work.slice(0, warmUp));
  counting = true;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const refused = await run(work.slice(warmUp));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  counting = false;
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });

  const cpuMs = (cpu.user + cpu.system) / 1000;
  print(`${submissions} submissions in groups of ${groupSize} (after ${warmUp} not counted), ${refused} refused`);
  print(
    `CPU ${(cpuMs / submissions).toFixed(2)} ms per submission (user ${(cpu.user / 1000 / submissions).toFixed(2)}, system ${(cpu.system / 1000 / submissions).toFixed(2)}); wall ${(wallMs / submissions).toFixed(2)} ms`,
  );
  if (timeStatements) {
    const rows = [...timings.entries()]
      .filter(([, t]) => t.prepares + t.runs > 0)
      .sort((a, b) => b[1].prepareMs + b[1].runMs - (a[1].prepareMs + a[1].runMs));
    let prepareMs = 0;
    let runMs = 0;
    print('\nper submission: prepares, prepare ms, runs, run ms, SQL');
    for (const [sqlText, t] of rows) {
      prepareMs += t.prepareMs;
      runMs += t.runMs;
      print(
        [t.prepares / submissions, t.prepareMs / submissions, t.runs / submissions, t.runMs / submissions]
          .map((n) => n.toFixed(3).padStart(7))
          .join(' '),
        sqlText.replace(/\s+/g, ' ').slice(0, 150),
      );
    }
    print(
      `\nprepare ${(prepareMs / submissions).toFixed(2)} ms, execution ${(runMs / submissions).toFixed(2)} ms, the rest of the wall time ${((wallMs - prepareMs - runMs) / submissions).toFixed(2)} ms per submission`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
