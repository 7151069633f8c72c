/**
 * Crash safety (issue 7, SECURITY.md): stakeholders submit through the real production server, the
 * server is killed with SIGKILL in the middle of it, and restarted on the same file. Every submission
 * that was acknowledged with a reference must exist afterwards, and `PRAGMA integrity_check` must be ok.
 * Needs a production build (npm test makes one first). Prints its figures; exits 1 on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_PASSWORD } from '../bench/data/accounts';
import { generateDataSet } from '../bench/generate';
import { freshSubmitters, maxRecommendationId, verifySubmissions } from '../bench/lib/data-set';
import { ensureBuild, killServerNow, startServer, stopServer, submissionActionId, waitUntilHealthy, type Server } from '../bench/lib/server';
import { signInMany } from '../bench/lib/session';
import { submissionInputs } from '../bench/lib/submission-input';
import { submitOnce, type Submitter } from '../bench/lib/submissions';

const PORT = Number(process.env.CRASH_PORT ?? 3250);
const BASE = `http://localhost:${PORT}`;
const WRITERS = 8;
const ACCOUNTS = 60;
const KILL_AFTER_MS = 4000;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hled-crash-'));
  const file = path.join(dir, 'crash.db');
  let server: Server | undefined;
  try {
    await generateDataSet({ file, sizes: { recommendations: 500, stakeholders: ACCOUNTS, initiatives: 19, historyEvents: 2500 } });
    await ensureBuild(false);
    const reader = new Database(file, { readonly: true });
    const pillars = reader.prepare('SELECT slug FROM pillars ORDER BY number').pluck().all() as string[];
    reader.close();
    server = startServer({ port: PORT, baseUrl: BASE, databaseFile: file, logFile: path.join(dir, 'server.log') });
    await waitUntilHealthy(server, BASE);
    const people = freshSubmitters(file, ACCOUNTS);
    const sessions = await signInMany(BASE, people.map((p) => p.email), BENCH_PASSWORD);
    const submitters: Submitter[] = people.map((p) => ({ ...p, cookie: sessions.get(p.email)! }));
    const { id: actionId } = submissionActionId();
    const inputs = submissionInputs(7, pillars, 400);
    const before = maxRecommendationId(file);

    // Writers submit in a loop until the server dies under them; only an answer with a reference counts.
    const acknowledged: string[] = [];
    let failedInFlight = 0;
    let turn = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const n = turn++;
        const submitter = submitters[n % submitters.length]!;
        try {
          const answer = await submitOnce(BASE, actionId, submitter, inputs[n % inputs.length]![submitter.locale]);
          if (answer.ref) acknowledged.push(answer.ref);
          else if (!killed) throw new Error(`a submission was refused before the crash (HTTP ${answer.status}): ${answer.text.slice(0, 300)}`);
        } catch (error) {
          if (!killed) throw error;
          failedInFlight += 1;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    const acknowledgedAtKill = acknowledged.length;
    killed = true;
    killServerNow(server); // SIGKILL to the whole process group, mid-write
    await server.exited;
    await Promise.allSettled(writers);

    // Restart on the same file: it must open, recover the WAL and serve.
    server = startServer({ port: PORT, baseUrl: BASE, databaseFile: file, logFile: path.join(dir, 'server-restarted.log') });
    const restartMs = await waitUntilHealthy(server, BASE);
    await stopServer(server);
    server = undefined;

    const check = verifySubmissions(file, acknowledged, before);
    const db = new Database(file, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    console.log(
      [
        'Crash test: SIGKILL during concurrent submissions, then restart',
        `  writers ${WRITERS}, accounts ${ACCOUNTS}, killed after ${KILL_AFTER_MS / 1000} s`,
        `  acknowledged before the kill:    ${acknowledged.length} (${acknowledgedAtKill} when the kill was sent)`,
        `  requests cut off by the kill:    ${failedInFlight}`,
        `  rows added (acknowledged or not): ${check.rowsAdded}`,
        `  acknowledged and found after restart: ${acknowledged.length - check.missing.length} of ${acknowledged.length}`,
        `  integrity_check: ${integrity}; restart answered in ${restartMs} ms`,
      ].join('\n'),
    );
    const failures = [
      acknowledged.length === 0 ? 'no submission was acknowledged before the kill: the test proved nothing' : null,
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
