/**
 * Graceful shutdown (README, "Run it"): stakeholders submit through `npm start` (production mode, on a small copy
 * of the benchmark's data set), and only npm's own process gets SIGTERM in the middle of it, as a service
 * manager or a Ctrl-C would send it. Then:
 * - every request either completed with its acknowledgement or was refused cleanly (a 503, or no
 *   connection), and the database holds exactly the acknowledged submissions: none lost, none written
 *   without the submitter hearing of it;
 * - npm and everything it started have exited, within the 10 s bound;
 * - the database was checkpointed and closed: no -wal or -shm file is left, so it opens without recovery.
 * On the way it checks where the server listens without HOST: on 127.0.0.1, not on this machine's other
 * addresses (the security review's M1).
 * Needs a production build (npm test makes one first). Prints its figures; exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_PASSWORD } from '../bench/data/accounts';
import { generateDataSet } from '../bench/generate';
import { freshSubmitters, maxRecommendationId, verifySubmissions } from '../bench/lib/data-set';
import { processTree } from '../bench/lib/rss';
import { ensureBuild, logTail, submissionActionId, waitUntilHealthy, type Server } from '../bench/lib/server';
import { signInMany } from '../bench/lib/session';
import { submissionInputs } from '../bench/lib/submission-input';
import type { Submitter } from '../bench/lib/submissions';
import { countKinds, startWriters } from './lib/writers';

const PORT = Number(process.env.SHUTDOWN_TEST_PORT ?? 3251);
const BASE = `http://localhost:${PORT}`;
const WRITERS = 8;
const ACCOUNTS = 60;
const WARM = 20; // acknowledged submissions before the clock starts (the first ones compile and warm up)
const SIGNAL_AFTER_MS = 1500;
const BOUND_MS = 10_000;

type NpmServer = Server & { ended: Promise<string> };

/** `npm start` in its own process group, as an operator would run it, on the test's database. */
function startWithNpm(file: string, logFile: string): NpmServer {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATABASE_URL: `file:${file}`,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: BASE,
    SHUTDOWN_TIMEOUT_SECONDS: String(BOUND_MS / 1000),
  };
  for (const name of ['SMTP_URL', 'APP_URL', 'TRUST_PROXY', 'NEXTAUTH_SECRET', 'METRICS_TOKEN', 'HOST']) delete env[name];
  const log = openSync(logFile, 'a');
  const child = spawn('npm', ['start'], { env, stdio: ['ignore', log, log], detached: true });
  if (child.pid === undefined) throw new Error('could not run npm start');
  const ended = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
  return { child, pid: child.pid, logFile, exited: ended.then(() => child.exitCode), ended };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForGroupToEnd(pgid: number, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!groupAlive(pgid)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

/** Whether the server answers on this machine's first address that is not loopback (null: there is none). */
async function answersOnNetwork(): Promise<boolean | null> {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  if (!address) return null;
  try {
    await fetch(`http://${address}:${PORT}/api/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

function fileState(file: string) {
  const size = (suffix: string) => (existsSync(`${file}${suffix}`) ? statSync(`${file}${suffix}`).size : null);
  return { wal: size('-wal'), shm: size('-shm') };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hled-shutdown-'));
  const file = path.join(dir, 'shutdown.db');
  const logFile = path.join(dir, 'server.log');
  let server: NpmServer | undefined;
  try {
    await generateDataSet({ file, sizes: { recommendations: 500, stakeholders: ACCOUNTS, initiatives: 19, historyEvents: 2500 } });
    await ensureBuild(false);
    const reader = new Database(file, { readonly: true });
    const pillars = reader.prepare('SELECT slug FROM pillars ORDER BY number').pluck().all() as string[];
    reader.close();
    server = startWithNpm(file, logFile);
    await waitUntilHealthy(server, BASE);
    const processes = processTree(server.pid).length;
    const onNetwork = await answersOnNetwork();
    const people = freshSubmitters(file, ACCOUNTS);
    const sessions = await signInMany(
      BASE,
      people.map((p) => p.email),
      BENCH_PASSWORD,
    );
    const submitters: Submitter[] = people.map((p) => ({ ...p, cookie: sessions.get(p.email)! }));
    const before = maxRecommendationId(file);

    const writers = startWriters({
      baseUrl: BASE,
      actionId: submissionActionId().id,
      submitters,
      inputs: submissionInputs(11, pillars, 400),
      writers: WRITERS,
    });
    const warmUntil = Date.now() + 60_000;
    while (writers.acknowledged().length < WARM && Date.now() < warmUntil && writers.recorded.every((r) => r.kind === 'acknowledged')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, SIGNAL_AFTER_MS));
    const acknowledgedAtSignal = writers.acknowledged().length;
    writers.markSignal();
    process.kill(server.pid, 'SIGTERM'); // npm's process only, not its group: the signal must be passed on
    const npmEnded = await server.ended;
    const stoppedInMs = await waitForGroupToEnd(server.pid, BOUND_MS + 5000);
    await writers.finished();
    server = undefined;

    const files = fileState(file);
    const acknowledged = writers.acknowledged();
    const check = verifySubmissions(file, acknowledged, before);
    const db = new Database(file);
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    const after = countKinds(writers.recorded, true);
    const unexpected = writers.recorded.filter((r) => r.kind === 'unexpected');
    const log = readFileSync(logFile, 'utf8');
    const inFlight = /waiting up to [\d.]+ s for (\d+) in flight/.exec(log)?.[1] ?? '?';
    console.log(
      [
        'Shutdown test: SIGTERM to npm start during concurrent submissions',
        `  writers ${WRITERS}, accounts ${ACCOUNTS}, signal ${SIGNAL_AFTER_MS / 1000} s after the first ${WARM} acknowledgements; ${processes} process(es) under npm`,
        `  acknowledged: ${acknowledged.length} (${acknowledgedAtSignal} before the signal, ${after.acknowledged} answered after it); in flight at the signal (server's count): ${inFlight}`,
        `  after the signal: ${after.refused} refused with 503, ${after.connection_refused} found no listener, ${after.connection_closed} closed unanswered, ${after.unexpected} unexpected`,
        `  rows added ${check.rowsAdded}; acknowledged and found ${acknowledged.length - check.missing.length} of ${acknowledged.length}`,
        `  npm ended (${npmEnded}); its whole process group ended ${stoppedInMs === null ? 'NOT within the bound' : `${stoppedInMs} ms after it`}; the server: ${/Stopped in \d+ ms[^\n]*/.exec(log)?.[0] ?? 'no "Stopped" line'}`,
        `  without HOST: ${/Listening on [^\n]*/.exec(log)?.[0] ?? 'no "Listening" line'}; answers on a network address: ${onNetwork ?? 'no such address'}`,
        `  left behind: -wal ${files.wal === null ? 'none' : `${files.wal} bytes`}, -shm ${files.shm === null ? 'none' : `${files.shm} bytes`}; integrity_check: ${integrity}`,
      ].join('\n'),
    );
    const failures = [
      acknowledgedAtSignal === 0 ? 'nothing was acknowledged before the signal: the test proved nothing' : null,
      unexpected.length > 0
        ? `unexpected answers: ${unexpected
            .slice(0, 3)
            .map((u) => ('detail' in u ? u.detail : ''))
            .join(' | ')}`
        : null,
      check.missing.length > 0 ? `acknowledged but lost: ${check.missing.join(', ')}` : null,
      check.rowsAdded !== acknowledged.length
        ? `${check.rowsAdded} rows were written for ${acknowledged.length} acknowledgements: a submitter was not told`
        : null,
      // npm re-raises the signal on itself once its script has exited.
      !['SIGTERM', 'code 0'].includes(npmEnded) ? `npm start ended with ${npmEnded}` : null,
      /Stopped in \d+ ms\.$/m.test(log) ? null : 'the server did not stop cleanly (no "Stopped in … ms." line, or requests were cut off)',
      stoppedInMs === null ? 'processes of npm start were still running after the bound' : null,
      files.wal ? `a ${files.wal}-byte WAL was left to replay` : null,
      files.shm !== null ? 'the -shm file was left: the database was not closed' : null,
      integrity !== 'ok' ? `integrity_check: ${integrity}` : null,
      /Database closed/.test(log) ? null : 'the server did not report closing the database',
      /Listening on http:\/\/127\.0\.0\.1:\d+: this machine only \(HOST is not set\)/.test(log)
        ? null
        : 'without HOST the server did not say it listens on 127.0.0.1 only',
      onNetwork ? 'without HOST the server answered on a network address' : null,
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`Shutdown test FAILED:\n  ${failures.join('\n  ')}\nServer log:\n${logTail(logFile, 20)}`);
      process.exitCode = 1;
    }
  } finally {
    if (server && groupAlive(server.pid)) process.kill(-server.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
