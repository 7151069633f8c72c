/**
 * `npm run bench` (issue 8): generates the data set (or uses BENCH_DB), starts the production build on it,
 * measures the read targets, the full CSV export and sustained submissions, and prints one table with the
 * issue's goals beside the figures, also written to bench/results.md. bench/README.md explains it all.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_PASSWORD, generateDataSet, STAFF, type GenerationReport } from './generate';
import { readConfig, type BenchConfig } from './lib/config';
import { downloadCsv } from './lib/csv-download';
import { FILTER, freshSubmitters, maxRecommendationId, readDataSet, verifySubmissions, type DataSetFacts } from './lib/data-set';
import { BROWSER_ACCEPT_ENCODING, measureRead, stopLoad, type ReadResult } from './lib/read-load';
import { machineFacts, resultsMarkdown, table, type Row } from './lib/report';
import { treeRssMb } from './lib/rss';
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
} from './lib/server';
import { signInMany } from './lib/session';
import { enrolAuthenticator, signInWithCode } from './lib/two-step';
import { submissionInputs } from './lib/submission-input';
import { runSubmissions, stopSubmissions, submitOnce, type Submitter } from './lib/submissions';
import { readTargets, writeRows, csvRow, readRow, generationRow } from './lib/targets';

const WARM_UP_SUBMISSIONS = 20; // from two accounts of their own: 10 each is the hourly limit

let server: Server | null = null;
let runDir: string | null = null;
let config: BenchConfig;

async function cleanUp(): Promise<void> {
  stopLoad();
  stopSubmissions();
  if (server) await stopServer(server);
  server = null;
  if (runDir && !config.keep) rmSync(runDir, { recursive: true, force: true });
  else if (runDir) console.log(`Kept ${runDir} (BENCH_KEEP=1): the database and server.log.`);
  runDir = null;
}

async function dataSet(): Promise<{ file: string; generation: GenerationReport | null }> {
  if (config.existingDb) return { file: path.resolve(config.existingDb), generation: null };
  console.log('Generating the data set...');
  const generation = await generateDataSet({ file: path.join(runDir!, 'bench.db'), analyze: config.analyze, log: console.log });
  console.log(`Generated in ${generation.seconds.toFixed(1)} s.`);
  return { file: generation.file, generation };
}

async function main(): Promise<void> {
  config = readConfig();
  if (await isListening(config.baseUrl)) throw new Error(`something already answers on ${config.baseUrl}; choose another BENCH_PORT`);
  runDir = mkdtempSync(path.join(tmpdir(), 'hled-bench-'));
  const { file, generation } = await dataSet();
  const facts = readDataSet(file);
  const build = await ensureBuild(config.rebuild);
  let action: { id: string; workers: string[] } | null = null;
  let actionProblem: string | null = null;
  try {
    action = submissionActionId();
  } catch (error) {
    actionProblem = error instanceof Error ? error.message : String(error);
  }

  console.log(
    `Starting next start on ${config.baseUrl} (build ${build.buildId} of ${build.builtAt.toISOString()}); log in ${runDir}/server.log`,
  );
  // Coordinators need two-step sign-in in production mode: the bench's one is enrolled under the server's secret.
  const authSecret = randomBytes(32).toString('base64url');
  const authenticator = enrolAuthenticator(file, STAFF.coordinatorUs.email, authSecret);
  server = startServer({
    port: config.port,
    baseUrl: config.baseUrl,
    databaseFile: file,
    logFile: path.join(runDir, 'server.log'),
    authSecret,
  });
  const startupMs = await waitUntilHealthy(server, config.baseUrl);
  const idle = treeRssMb(server.pid);
  console.log(`Ready in ${(startupMs / 1000).toFixed(1)} s; ${idle.processes} process(es), ${idle.peakMb.toFixed(0)} MB resident.`);

  const coordinatorCookie = await signInWithCode(config.baseUrl, authenticator, BENCH_PASSWORD);
  const reads: ReadResult[] = [];
  for (const target of readTargets(facts, coordinatorCookie)) {
    process.stdout.write(`  ${target.name}... `);
    const result = await measureRead(config.baseUrl, server.pid, target, config);
    reads.push(result);
    console.log(`${result.requestsPerSecond.toFixed(1)} req/s, p99 ${result.p99Ms} ms, ${result.errors + result.non2xx} errors/non-2xx`);
  }

  process.stdout.write('  CSV export... ');
  const csv = await downloadCsv(`${config.baseUrl}/api/v1/recommendations.csv`, server.pid);
  console.log(`${(csv.lastByteMs / 1000).toFixed(2)} s, ${(csv.bytes / 1024 ** 2).toFixed(1)} MB, ${csv.rows} rows`);

  // A write test that cannot run is reported in its row; the read figures are written all the same.
  let writes: Awaited<ReturnType<typeof writeTest>> | null = null;
  if (action) {
    try {
      writes = await writeTest(file, facts, action.id);
    } catch (error) {
      actionProblem = error instanceof Error ? error.message : String(error);
      console.log(`  write test failed: ${actionProblem}`);
    }
  }
  const rows: Row[] = [
    ...(generation ? [generationRow(generation)] : []),
    ...reads.map((r) => readRow(r, reads[0]!)),
    csvRow(csv, facts.publicCount),
    ...writeRows(writes, config, actionProblem),
  ];
  await report({
    facts,
    generation,
    rows,
    build,
    startupMs,
    idleMb: idle.peakMb,
    processes: Math.max(idle.processes, ...reads.map((r) => r.processes)),
    file,
  });
}

async function writeTest(file: string, facts: DataSetFacts, actionId: string) {
  const accounts = freshSubmitters(file, config.writeAccounts + 2);
  if (accounts.length < config.writeAccounts + 2)
    throw new Error(`only ${accounts.length} stakeholders without a submission in the last day; lower BENCH_WRITE_ACCOUNTS`);
  console.log(`  signing in ${accounts.length} stakeholders...`);
  const cookies = await signInMany(
    config.baseUrl,
    accounts.map((a) => a.email),
    BENCH_PASSWORD,
  );
  const submitters: Submitter[] = accounts.map((a) => ({ ...a, cookie: cookies.get(a.email)! }));
  const inputs = submissionInputs(8, facts.pillarSlugs, 2_000);

  // Warm-up, one request at a time from two accounts of its own; its first answer shows whether the call works at all.
  for (let i = 0; i < WARM_UP_SUBMISSIONS; i++) {
    const submitter = submitters[i % 2]!;
    const answer = await submitOnce(config.baseUrl, actionId, submitter, inputs[i]![submitter.locale]);
    if (!answer.ref)
      throw new Error(
        `the submission action did not return a reference (HTTP ${answer.status}):\n${answer.text.slice(0, 800)}\n${logTail(server!.logFile, 10)}`,
      );
  }
  const sinceId = maxRecommendationId(file);
  console.log(
    `  submissions for ${config.writeSeconds} s at ${config.writeConnections} connections over ${submitters.length - 2} accounts...`,
  );
  const result = await runSubmissions({
    baseUrl: config.baseUrl,
    serverPid: server!.pid,
    actionId,
    submitters: submitters.slice(2),
    inputs,
    seconds: config.writeSeconds,
    connections: config.writeConnections,
  });
  const verification = verifySubmissions(file, result.acknowledged, sinceId);
  console.log(
    `  ${result.acknowledged.length} acknowledged, ${verification.missing.length} missing from the database, ${result.errors} errors`,
  );
  return { result, verification };
}

async function report(input: {
  facts: DataSetFacts;
  generation: GenerationReport | null;
  rows: Row[];
  build: { buildId: string; builtAt: Date };
  startupMs: number;
  idleMb: number;
  processes: number;
  file: string;
}): Promise<void> {
  const nextVersion = (
    JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const counts = Object.entries(input.facts.counts)
    .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const markdown = resultsMarkdown({
    date: new Date(),
    facts: [
      ...machineFacts(input.facts.sqliteVersion, nextVersion),
      `Build ${input.build.buildId}, made ${input.build.builtAt.toISOString()}`,
    ],
    settings: [
      `${config.connections} connections, ${config.durationSeconds} s per target after a ${config.warmupSeconds} s warm-up run (autocannon, closed loop)`,
      'Stored pages warmed first: every page a stored target asks for is visited once before its load, as on a site people already read (the row says how many, and how many a second look found stored)',
      `Read requests ask for compression as browsers do (Accept-Encoding: ${BROWSER_ACCEPT_ENCODING})`,
      'Server CPU ms/req: user + system CPU time of the server process tree during the measured run (from /proc), divided by the answers',
      `Write test: ${config.writeSeconds} s at ${config.writeConnections} connections over ${config.writeAccounts} signed-in stakeholders`,
      `Server: ${process.env.BENCH_SERVER === 'next-start' ? 'next start' : 'scripts/server.mjs (what npm start runs)'}, production mode, ready in ${(input.startupMs / 1000).toFixed(1)} s, ${input.idleMb.toFixed(0)} MB resident when idle`,
      `Peak RSS: VmRSS summed over the server's process tree (${input.processes} process(es)), sampled every 100 ms`,
    ],
    dataSet: [
      input.generation
        ? `Generated in ${input.generation.seconds.toFixed(1)} s (CPU ${input.generation.cpuSeconds.toFixed(1)} s), seed ${input.generation.seed}, ${config.analyze ? 'ANALYZE run' : 'no ANALYZE (BENCH_ANALYZE=0)'}`
        : `Reused BENCH_DB ${input.file}`,
      `Before the write test: ${counts}`,
      `Public (in the register, the API and the CSV): ${input.facts.publicCount.toLocaleString('en-US')}; filtered register (${input.facts.pillarSlugs[0]}, ${FILTER.status}, ${FILTER.sector}): ${input.facts.filteredCount}`,
    ],
    rows: input.rows,
    notes: [
      'Goals are issue 14’s (issue 8’s for the coordinators’ queue and the API list), named in each row. A read target also fails on any error or non-2xx answer.',
      'The load generator runs on the same cores as the server, so absolute figures are pessimistic; compare ratios between runs.',
    ],
  });
  writeFileSync(path.join(process.cwd(), 'bench', 'results.md'), markdown);
  const notes = input.rows.filter((r) => r.notes).map((r) => `- ${r.target}: ${r.notes}`);
  console.log(`\n${table(input.rows)}\n\n${notes.join('\n')}\n\nWritten to bench/results.md.`);
}

process.on('SIGINT', () => {
  console.log('\nInterrupted: stopping the server.');
  void cleanUp().finally(() => process.exit(130));
});
process.on('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));
process.on('exit', () => {
  if (server) killServerNow(server);
});

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(`Server log (last lines):\n${logTail(server.logFile)}`);
    await cleanUp();
    process.exit(1);
  });
