// What the per-address rate limit costs a request: the allowance is one UPSERT in the database
// (lib/rate-limit/store.ts). Times it on a fresh temporary database, in one process and then in two
// processes taking from the same allowances at once (as two server processes would):
//   npm run measure:rate-limit [-- <takes per process>]
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../db/open';
import { databaseRateLimiter } from '../lib/rate-limit/store';

const ADDRESSES = 1_000;

type Figures = { takes: number; meanUs: number; p50Us: number; p99Us: number; cpuUsPerTake: number; refused: number };

/** `takes` requests spread over ADDRESSES addresses, each timed. */
function measure(file: string, takes: number): Figures {
  const limiter = databaseRateLimiter(new BetterSqlite3(file));
  for (let i = 0; i < 1_000; i++) limiter.take('warm-up', `10.0.${i % 250}.${i % 7}`, 120);
  const times: number[] = [];
  let refused = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < takes; i++) {
    const address = `203.0.${Math.floor((i % ADDRESSES) / 250)}.${i % 250}`;
    const started = performance.now();
    if (!limiter.take('api', address, 120).allowed) refused++;
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const us = (ms: number) => Math.round(ms * 1000);
  return {
    takes,
    meanUs: us(times.reduce((a, b) => a + b, 0) / takes),
    p50Us: us(times[Math.floor(takes * 0.5)]!),
    p99Us: us(times[Math.floor(takes * 0.99)]!),
    cpuUsPerTake: Math.round((used.user + used.system) / takes),
    refused,
  };
}

function line(label: string, f: Figures): string {
  return `${label.padEnd(34)} ${String(f.takes).padStart(6)} takes  mean ${f.meanUs} µs  p50 ${f.p50Us} µs  p99 ${f.p99Us} µs  CPU ${f.cpuUsPerTake} µs/take  (${f.refused} refused)`;
}

async function main() {
  const [, , mode, file, count] = process.argv;
  if (mode === '--child') {
    process.send!(measure(file!, Number(count)));
    return;
  }
  const takes = Number(mode ?? 20_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'hled-rate-'));
  const dbFile = path.join(dir, 'rate.db');
  openDatabase(dbFile, { seed: false }).$client.close();
  console.log(`Rate limit on a WAL database (synchronous=NORMAL counter connection), ${ADDRESSES} addresses, 120 a minute each:`);
  console.log(line('one process', measure(dbFile, takes)));
  const self = fileURLToPath(import.meta.url);
  const run = () =>
    new Promise<Figures>((resolve, reject) => {
      const child = fork(self, ['--child', dbFile, String(takes)], { execArgv: process.execArgv });
      child.once('message', (figures) => resolve(figures as Figures));
      child.once('error', reject);
    });
  const [a, b] = await Promise.all([run(), run()]);
  console.log(line('two processes at once, first', a));
  console.log(line('two processes at once, second', b));
  rmSync(dir, { recursive: true, force: true });
}
main();
