/**
 * `npm run soak` (README, "Soak"): the production server (scripts/server.mjs) on the benchmark's data set under
 * 30 minutes (SOAK_MINUTES) of mixed, open-loop load: public pages and API reads, register searches, CSV
 * downloads, submissions, a coordinator's triage actions, sign-ins (and refused ones). Every 10 s it reads
 * the server's /metrics: memory, heap, event-loop delay, open files, WAL. At the end it stops the server
 * gracefully, checks that every acknowledged write is in the database and `integrity_check` is ok, prints
 * the tables and writes bench/soak-results.md, bench/soak-chart.svg and bench/soak-samples.csv.
 * README ("Soak") lists the settings. Exits 1 when a goal is missed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_PASSWORD, generateDataSet, STAFF } from '../bench/generate';
import { freshSubmitters, maxRecommendationId, verifySubmissions } from '../bench/lib/data-set';
import { machineFacts } from '../bench/lib/report';
import {
  ensureBuild,
  isListening,
  killServerNow,
  logTail,
  startServer,
  stopServer,
  submissionActionId,
  waitUntilHealthy,
  type Server,
} from '../bench/lib/server';
import { signIn, signInMany } from '../bench/lib/session';
import { submissionInputs } from '../bench/lib/submission-input';
import type { Submitter } from '../bench/lib/submissions';
import { afterWarmup, trend, windows } from './soak/analysis';
import { soakChart } from './soak/chart';
import { readSoakConfig, type SoakConfig } from './soak/config';
import { LoadRecord, runMix, type OpSpec } from './soak/load';
import {
  apiRead,
  csvDownload,
  factSheet,
  pageRead,
  readSoakData,
  registerSearch,
  signInAndOut,
  submission,
  wrongPassword,
} from './soak/operations';
import { goalsTable, loadTable, samplesCsv, timeTable, trendText, type Goal } from './soak/report';
import { scrape, metricValue, startSampling } from './soak/sampler';
import { CoordinatorWork } from './soak/triage';

// A busy day of a consultation: 180 submissions and 180 triage actions an hour. Every write empties the
// caches of counts (lib/cache.ts), so the write rate sets how often pages recount 100,000 rows: at 0.5 a
// second the server spent all its time recounting and saturated (the first 30-minute runs).
const SUBMISSIONS_PER_SECOND = 0.05;
const TRIAGE_PER_SECOND = 0.05;
let server: Server | null = null;
let interrupted = false;

async function dataSet(config: SoakConfig, dir: string): Promise<string> {
  if (config.existingDb) return path.resolve(config.existingDb);
  const r = config.recommendations;
  console.log(`Generating the data set (${r.toLocaleString('en-US')} recommendations)...`);
  const sizes = r >= 100_000 ? {} : { recommendations: r, stakeholders: Math.max(1000, Math.round(r / 20)), historyEvents: r * 5 };
  return (await generateDataSet({ file: path.join(dir, 'soak.db'), sizes })).file;
}

/**
 * The mix, in arrivals a second (SOAK_LOAD multiplies them): about 2.8 requests a second at 1, a busy day
 * for this site. Meetings' fact sheets are a kind of their own: at 100,000 recommendations each costs about
 * 3 s of the server's one core. (On that data set this build cannot sustain even this mix: README, "Soak".)
 */
function mix(config: SoakConfig, ops: Record<string, () => Promise<import('./soak/load').OpResult>>): OpSpec[] {
  const rate = (perSecond: number) => ({ perSecond: perSecond * config.load });
  return [
    { kind: 'page', arrivals: rate(1), run: ops.page! },
    { kind: 'fact_sheet', arrivals: rate(0.02), run: ops.factSheet! },
    { kind: 'api', arrivals: rate(1), run: ops.api! },
    { kind: 'search', arrivals: rate(0.5), run: ops.search! },
    { kind: 'csv', arrivals: rate(0.05), run: ops.csv! },
    {
      kind: 'csv_full',
      arrivals: { everySeconds: config.fullCsvEverySeconds, firstAtSeconds: Math.min(60, config.seconds / 4) },
      run: ops.csvFull!,
    },
    { kind: 'submission', arrivals: rate(SUBMISSIONS_PER_SECOND), run: ops.submission! },
    { kind: 'triage', arrivals: rate(TRIAGE_PER_SECOND), run: ops.triage! },
    { kind: 'sign_in', arrivals: rate(0.1), run: ops.signIn! },
    { kind: 'sign_in_refused', arrivals: rate(1 / 60), run: ops.wrongPassword! },
  ];
}

function progress(record: LoadRecord, sampling: ReturnType<typeof startSampling>, config: SoakConfig) {
  const timer = setInterval(() => {
    const last = sampling.samples.at(-1);
    const errors = record.done.filter((d) => !d.ok).length;
    console.log(
      `  ${Math.round(record.seconds() / 60)} of ${config.seconds / 60} min: ${record.done.length} requests, ${errors} errors; RSS ${last?.rssMb.toFixed(0)} MB, heap ${last?.heapUsedMb.toFixed(0)} MB, event-loop p99 ${last?.eventLoopP99Ms.toFixed(1)} ms, fds ${last?.openFds}`,
    );
  }, 60_000);
  return () => clearInterval(timer);
}

async function main(): Promise<void> {
  const config = readSoakConfig();
  if (await isListening(config.baseUrl)) throw new Error(`something already answers on ${config.baseUrl}; choose another SOAK_PORT`);
  const dir = mkdtempSync(path.join(tmpdir(), 'hled-soak-'));
  try {
    await soak(config, dir);
  } finally {
    if (server) killServerNow(server);
    if (config.keep) console.log(`Kept ${dir} (SOAK_KEEP=1).`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function soak(config: SoakConfig, dir: string): Promise<void> {
  const file = await dataSet(config, dir);
  const build = await ensureBuild(false);
  const token = randomBytes(24).toString('base64url');
  server = startServer({
    port: config.port,
    baseUrl: config.baseUrl,
    databaseFile: file,
    logFile: path.join(dir, 'server.log'),
    env: { METRICS_TOKEN: token },
  });
  await waitUntilHealthy(server, config.baseUrl);
  const accounts = Math.max(20, Math.ceil((SUBMISSIONS_PER_SECOND * config.load * config.seconds) / 8));
  const people = freshSubmitters(file, accounts);
  console.log(`Signing in ${people.length} stakeholders and a coordinator...`);
  const cookies = await signInMany(
    config.baseUrl,
    people.map((p) => p.email),
    BENCH_PASSWORD,
  );
  const submitters: Submitter[] = people.map((p) => ({ ...p, cookie: cookies.get(p.email)! }));
  const data = readSoakData(file, new Set(people.map((p) => p.email)));
  const coordinator = new CoordinatorWork(
    config.baseUrl,
    await signIn(config.baseUrl, STAFF.coordinatorUs.email, BENCH_PASSWORD),
    file,
    Math.ceil(config.seconds * TRIAGE_PER_SECOND * config.load) + 20,
  );
  const before = maxRecommendationId(file);
  const acknowledged: string[] = [];
  const ops = {
    page: pageRead(config.baseUrl, data),
    factSheet: factSheet(config.baseUrl, data),
    api: apiRead(config.baseUrl, data),
    search: registerSearch(config.baseUrl, data),
    csv: csvDownload(config.baseUrl, data, false),
    csvFull: csvDownload(config.baseUrl, data, true),
    submission: submission(config.baseUrl, submissionActionId().id, submitters, submissionInputs(21, data.pillars, 3000), acknowledged),
    triage: coordinator.next,
    signIn: signInAndOut(config.baseUrl, data),
    wrongPassword: wrongPassword(config.baseUrl, data),
  };

  console.log(
    `Soak: ${config.seconds / 60} min on ${config.baseUrl} (build ${build.buildId}), samples every ${config.sampleSeconds} s, warm-up ${config.warmupSeconds} s.`,
  );
  const record = new LoadRecord();
  const sampling = startSampling(config.baseUrl, token, config.sampleSeconds, () => record.seconds());
  const stopProgress = progress(record, sampling, config);
  await runMix(mix(config, ops), config.seconds, record, () => interrupted);
  stopProgress();
  await sampling.stop();
  const counters = await scrape(config.baseUrl, token);
  coordinator.close();

  // A graceful stop, then the checks on the file it leaves.
  await stopServer(server);
  const stopLine =
    /Stopped in [^\n]*/.exec(readFileSync(server.logFile, 'utf8'))?.[0] ?? `no "Stopped" line:\n${logTail(server.logFile, 10)}`;
  server = null;
  const walLeft = existsSync(`${file}-wal`) || existsSync(`${file}-shm`);
  const writes = verifySubmissions(file, acknowledged, before);
  const triageMissing = coordinator.verify(file);
  const db = new Database(file, { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  report({
    config,
    record,
    sampling,
    counters,
    writes,
    acknowledged,
    triageDone: coordinator.done.length,
    triageMissing: triageMissing.length,
    integrity,
    walLeft,
    stopLine,
  });
}

type Outcome = {
  config: SoakConfig;
  record: LoadRecord;
  sampling: ReturnType<typeof startSampling>;
  counters: string;
  writes: ReturnType<typeof verifySubmissions>;
  acknowledged: string[];
  triageDone: number;
  triageMissing: number;
  integrity: string;
  walLeft: boolean;
  stopLine: string;
};

function goals(o: Outcome, rss: ReturnType<typeof trend>, heap: ReturnType<typeof trend>, fds: ReturnType<typeof trend>): Goal[] {
  const errors = o.record.done.filter((d) => !d.ok);
  const lost = o.writes.missing.length + o.triageMissing;
  const skipped = Object.values(o.record.skipped).reduce((a, b) => a + (b ?? 0), 0);
  const judged = o.config.seconds >= 600;
  return [
    {
      measure: 'errors',
      goal: '0',
      result: `${errors.length} of ${o.record.done.length} requests${errors[0] ? ` (first: ${errors[0].detail})` : ''}`,
      pass: errors.length === 0,
    },
    {
      measure: 'lost writes',
      goal: '0',
      result: `${lost}: ${o.writes.missing.length} of ${o.acknowledged.length} submissions, ${o.triageMissing} of ${o.triageDone} triage actions missing`,
      pass: lost === 0,
    },
    { measure: 'integrity_check', goal: 'ok', result: o.integrity, pass: o.integrity === 'ok' },
    // Under ten minutes the heap has not settled: the trend is shown, not judged.
    {
      measure: 'RSS after warm-up',
      goal: 'flat',
      result: `${trendText(rss)}${judged ? '' : '; not judged in a run under 10 minutes'}`,
      pass: judged ? rss.flat : null,
    },
    { measure: 'heap used after warm-up', goal: '—', result: trendText(heap), pass: null },
    { measure: 'open file descriptors', goal: '—', result: `${fds.minMb}–${fds.maxMb}`, pass: null },
    {
      measure: '/metrics scrapes',
      goal: 'all answered',
      result: `${o.sampling.samples.length} answered, ${o.sampling.errors.length} failed${o.sampling.errors[0] ? ` (${o.sampling.errors[0]})` : ''}`,
      pass: o.sampling.errors.length === 0,
    },
    { measure: 'arrivals skipped (32 of a kind already running)', goal: '0', result: String(skipped), pass: skipped === 0 },
    {
      measure: 'graceful stop at the end',
      goal: 'no -wal or -shm left',
      result: `${o.walLeft ? 'WAL files left' : 'none left'}; ${o.stopLine}`,
      pass: !o.walLeft,
    },
  ];
}

function serverCounters(text: string): string[] {
  const value = (name: string, labels?: string) => {
    const found = metricValue(text, name, labels);
    return Number.isNaN(found) ? 0 : found;
  };
  return [
    `requests counted by the server: ${value('hled_http_request_duration_seconds_count')}, of which 5xx: ${value('hled_http_request_duration_seconds_count', 'status="5xx"')}`,
    `submissions accepted: ${value('hled_submissions_total', 'outcome="accepted"')}, triage actions: ${value('hled_triage_actions_total')}, sign-in failures: ${value('hled_sign_in_failures_total')}`,
    `stored-page answers (x-nextjs-cache): ${value('hled_page_cache_total')}, of which HIT: ${value('hled_page_cache_total', 'result="HIT"')}`,
    `event-loop delay p99 over the last window: ${(value('nodejs_eventloop_lag_p99_seconds') * 1000).toFixed(1)} ms; WAL ${(value('hled_database_wal_size_bytes') / 1024 ** 2).toFixed(1)} MB`,
  ];
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return String(db.prepare('select sqlite_version()').pluck().get());
  } finally {
    db.close();
  }
}

function report(o: Outcome): void {
  const { config, record, sampling } = o;
  const wins = windows(record.done, sampling.samples);
  const rss = trend(afterWarmup(sampling.samples, config.warmupSeconds, (s) => s.rssMb));
  const heap = trend(afterWarmup(sampling.samples, config.warmupSeconds, (s) => s.heapUsedMb));
  const fds = trend(afterWarmup(sampling.samples, config.warmupSeconds, (s) => s.openFds));
  const goalRows = goals(o, rss, heap, fds);
  const seconds = record.seconds();
  const nextVersion = (
    JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const sections = [
    `# Soak: ${config.seconds / 60} minutes of mixed load`,
    `${new Date().toISOString()}. ${machineFacts(sqliteVersion(), nextVersion).join('. ')}.`,
    `Settings: SOAK_LOAD=${config.load} (about ${(2.8 * config.load).toFixed(1)} arrivals a second, open loop), samples every ${config.sampleSeconds} s from the server's /metrics, warm-up ${config.warmupSeconds} s (shaded in the chart), ${config.existingDb ? `SOAK_DB ${config.existingDb}` : `${config.recommendations.toLocaleString('en-US')} recommendations generated`}. "Flat": the least-squares line through the samples after the warm-up rises by less than 5 % of their mean over the span.`,
    '## Goals',
    goalsTable(goalRows),
    '## Load (client side; latency from the request to the last byte)',
    loadTable(record.done, record.skipped, seconds),
    '## Counted by the server (/metrics at the end)',
    serverCounters(o.counters)
      .map((line) => `- ${line}`)
      .join('\n'),
    '## Over time (one row a minute; every 10 s sample is in soak-samples.csv)',
    timeTable(sampling.samples, wins, config.sampleSeconds),
    '![RSS and p99 over time](soak-chart.svg)',
  ];
  const markdown = `${sections.join('\n\n')}\n`;
  console.log(`\n${markdown}`);
  if (config.writeResults) {
    const bench = path.join(process.cwd(), 'bench');
    writeFileSync(path.join(bench, 'soak-results.md'), markdown);
    writeFileSync(path.join(bench, 'soak-samples.csv'), samplesCsv(sampling.samples, wins));
    writeFileSync(path.join(bench, 'soak-chart.svg'), chart(config, sampling.samples, wins));
    console.log('Written to bench/soak-results.md, bench/soak-chart.svg and bench/soak-samples.csv.');
  }
  if (goalRows.some((g) => g.pass === false)) {
    console.error('Soak FAILED: see the goals above.');
    process.exitCode = 1;
  }
}

function chart(config: SoakConfig, samples: ReturnType<typeof startSampling>['samples'], wins: ReturnType<typeof windows>): string {
  const minutes = (s: number) => s / 60;
  return soakChart({
    title: `Soak: ${config.seconds / 60} min of mixed load, sampled every ${config.sampleSeconds} s`,
    minutes: config.seconds / 60,
    warmupMinutes: minutes(config.warmupSeconds),
    panels: [
      {
        title: 'Server memory',
        unit: 'MB',
        series: [
          { label: 'RSS', color: '#1f5fa8', points: samples.map((s) => ({ x: minutes(s.atSeconds), y: s.rssMb })) },
          { label: 'heap used', color: '#8aa9cf', points: samples.map((s) => ({ x: minutes(s.atSeconds), y: s.heapUsedMb })) },
        ],
      },
      {
        title: 'p99 latency per 10 s window',
        unit: 'ms',
        series: [
          { label: 'reads', color: '#b5462f', points: wins.map((w) => ({ x: minutes(w.endSeconds), y: w.readP99Ms })) },
          { label: 'writes', color: '#e3a23b', points: wins.map((w) => ({ x: minutes(w.endSeconds), y: w.writeP99Ms })) },
        ],
      },
    ],
  });
}

process.on('SIGINT', () => {
  console.log('\nInterrupted: finishing what runs, then stopping the server.');
  interrupted = true;
});
process.on('exit', () => {
  if (server) killServerNow(server);
});

main().catch((error: unknown) => {
  console.error(`\nSoak failed: ${error instanceof Error ? error.message : String(error)}`);
  if (server) console.error(`Server log (last lines):\n${logTail(server.logFile)}`);
  process.exit(1);
});
