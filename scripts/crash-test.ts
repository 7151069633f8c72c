/**
 * Crash safety (issues 7 and 21): stakeholders submit through the real production server, the server is
 * killed with SIGKILL in the middle of it and restarted on the same file, several rounds in a row. The
 * server checkpoints its WAL every few pages (SQLITE_WAL_AUTOCHECKPOINT), so checkpoints run all the time;
 * half the rounds kill at a random moment, the other half watch the WAL index and kill as soon as a
 * checkpoint is seen running. After each kill the WAL index tells whether the kill landed inside a
 * checkpoint (scripts/lib/wal-index.ts). Every submission acknowledged with a reference, in any round, must
 * exist at the end, and `PRAGMA integrity_check` must be ok.
 * Needs a production build (npm test makes one first). Prints its figures; exits 1 on any failure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_PASSWORD } from '../bench/data/accounts';
import { generateDataSet } from '../bench/generate';
import { freshSubmitters, maxRecommendationId, verifySubmissions } from '../bench/lib/data-set';
import {
  ensureBuild,
  killServerNow,
  startServer,
  stopServer,
  submissionActionId,
  waitUntilHealthy,
  type Server,
} from '../bench/lib/server';
import { signInMany } from '../bench/lib/session';
import { submissionInputs } from '../bench/lib/submission-input';
import type { Submitter } from '../bench/lib/submissions';
import { watchWalIndex, type WalIndexState } from './lib/wal-index';
import { countKinds, startWriters, type Recorded } from './lib/writers';

const PORT = Number(process.env.CRASH_PORT ?? 3250);
const BASE = `http://localhost:${PORT}`;
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 6);
const WRITERS = 8;
const ACCOUNTS = 150; // each may submit 10 an hour
const WAL_PAGES = 16;
const WARM = 10; // acknowledged in a round before its kill may come (a fresh server's first answers are slow)
const LOAD_BEFORE_KILL_MS = [300, 2500] as const;
const AIM_FOR_MS = 4000;

type Round = {
  aimed: boolean;
  killAfterMs: number;
  acknowledged: number;
  cutOff: number;
  atKill: WalIndexState | null;
  insideCheckpoint: boolean;
  restartMs: number;
};

async function warmUp(run: ReturnType<typeof startWriters>): Promise<void> {
  const until = Date.now() + 60_000;
  while (run.acknowledged().length < WARM && Date.now() < until && run.recorded.every((r) => r.kind === 'acknowledged')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function killRound(
  server: Server,
  file: string,
  aimed: boolean,
  run: ReturnType<typeof startWriters>,
): Promise<Pick<Round, 'killAfterMs' | 'atKill' | 'insideCheckpoint'>> {
  const started = Date.now();
  const watch = watchWalIndex(file);
  await warmUp(run);
  const [least, most] = LOAD_BEFORE_KILL_MS;
  await new Promise((resolve) => setTimeout(resolve, aimed ? least : least + Math.random() * (most - least)));
  if (aimed) await watch.untilCheckpointRuns(AIM_FOR_MS);
  run.markSignal();
  killServerNow(server); // SIGKILL to the whole process group
  const killAfterMs = Date.now() - started;
  await server.exited;
  const trusted = watch.sawCompleted;
  const atKill = watch.stop();
  return { killAfterMs, atKill, insideCheckpoint: trusted && Boolean(atKill?.checkpointRunning) };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hled-crash-'));
  const file = path.join(dir, 'crash.db');
  const authSecret = randomBytes(32).toString('base64url'); // the same in every round, so sessions survive restarts
  const serverEnv = { SQLITE_WAL_AUTOCHECKPOINT: String(WAL_PAGES) };
  let server: Server | undefined;
  const start = (name: string) =>
    startServer({ port: PORT, baseUrl: BASE, databaseFile: file, logFile: path.join(dir, `${name}.log`), authSecret, env: serverEnv });
  try {
    await generateDataSet({ file, sizes: { recommendations: 500, stakeholders: ACCOUNTS, initiatives: 19, historyEvents: 2500 } });
    await ensureBuild(false);
    const reader = new Database(file, { readonly: true });
    const pillars = reader.prepare('SELECT slug FROM pillars ORDER BY number').pluck().all() as string[];
    reader.close();
    server = start('server-0');
    await waitUntilHealthy(server, BASE);
    const people = freshSubmitters(file, ACCOUNTS);
    const sessions = await signInMany(
      BASE,
      people.map((p) => p.email),
      BENCH_PASSWORD,
    );
    const submitters: Submitter[] = people.map((p) => ({ ...p, cookie: sessions.get(p.email)! }));
    const { id: actionId } = submissionActionId();
    const inputs = submissionInputs(7, pillars, 400);
    const before = maxRecommendationId(file);

    const rounds: Round[] = [];
    const recorded: Recorded[] = [];
    for (let n = 0; n < ROUNDS; n++) {
      const aimed = n % 2 === 1;
      // Each round starts where the last left off in the list of accounts, so none passes its hourly limit.
      const offset = recorded.length % submitters.length;
      const run = startWriters({
        baseUrl: BASE,
        actionId,
        submitters: [...submitters.slice(offset), ...submitters.slice(0, offset)],
        inputs,
        writers: WRITERS,
      });
      const kill = await killRound(server, file, aimed, run);
      await run.finished();
      recorded.push(...run.recorded);
      // Restart on the same file: it must open, recover the WAL and serve.
      server = start(`server-${n + 1}`);
      const restartMs = await waitUntilHealthy(server, BASE);
      const kinds = countKinds(run.recorded);
      rounds.push({ aimed, ...kill, acknowledged: kinds.acknowledged, cutOff: run.recorded.length - kinds.acknowledged, restartMs });
    }
    await stopServer(server);
    server = undefined;

    const acknowledged = recorded.flatMap((r) => (r.kind === 'acknowledged' ? [r.ref] : []));
    const beforeKill = recorded.filter((r) => !r.afterSignal && r.kind !== 'acknowledged');
    const check = verifySubmissions(file, acknowledged, before);
    const db = new Database(file, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    const inCheckpoint = rounds.filter((r) => r.insideCheckpoint);
    console.log(
      [
        `Crash test: SIGKILL during concurrent submissions, ${ROUNDS} rounds, restart after each`,
        `  writers ${WRITERS}, accounts ${ACCOUNTS}, WAL checkpoint every ${WAL_PAGES} pages; odd rounds kill at a random moment, even ones aim at a running checkpoint`,
        ...rounds.map(
          (r, i) =>
            `  round ${i + 1} (${r.aimed ? 'aimed ' : 'random'}): killed after ${(r.killAfterMs / 1000).toFixed(1)} s, ${r.acknowledged} acknowledged, ${r.cutOff} cut off; ` +
            `${r.atKill ? `WAL ${r.atKill.framesInWal} frames, checkpoint ${r.atKill.backfilled} of ${r.atKill.backfillAttempted} copied${r.insideCheckpoint ? ': killed INSIDE it' : ''}` : 'no WAL index'}; restart answered in ${r.restartMs} ms`,
        ),
        `  kills that landed inside a checkpoint: ${inCheckpoint.length} of ${ROUNDS} (${inCheckpoint.filter((r) => r.aimed).length} aimed, ${inCheckpoint.filter((r) => !r.aimed).length} random)`,
        `  rows added (acknowledged or not): ${check.rowsAdded}`,
        `  acknowledged and found after the last restart: ${acknowledged.length - check.missing.length} of ${acknowledged.length}`,
        `  integrity_check: ${integrity}`,
      ].join('\n'),
    );
    const failures = [
      rounds.some((r) => r.acknowledged === 0) ? 'a round acknowledged nothing before its kill: it proved nothing' : null,
      beforeKill.length > 0
        ? `${beforeKill.length} submissions failed before any kill: ${beforeKill
            .slice(0, 2)
            .map((r) => JSON.stringify(r))
            .join(' | ')}`
        : null,
      check.missing.length > 0 ? `acknowledged but lost: ${check.missing.join(', ')}` : null,
      check.duplicates > 0 ? `${check.duplicates} references were acknowledged twice` : null,
      integrity !== 'ok' ? `integrity_check: ${integrity}` : null,
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`Crash test FAILED:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (server) killServerNow(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
