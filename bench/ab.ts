/**
 * `npm run bench:ab -- <other project> <database> <path>...`: this build against another copy's, on a shared
 * machine. Both servers run at once, each on its own copy of the database, and the same load alternates between
 * them round by round, so whatever else the machine does falls on both; each round's figure is the server's own
 * CPU time divided by its answers, and the medians are printed per path (bench/README.md, "Comparing two builds").
 *
 *   cp -r . /tmp/before && (cd /tmp/before && git checkout -q <commit> && npx next build)
 *   npm run bench:ab -- /tmp/before /tmp/bench.db '/en/recommendations?q=energia' /api/v1/recommendations
 *
 * AB_ROUNDS (6), AB_REQUESTS (200 a round), AB_CONNECTIONS (10). Requests ask for gzip, as browsers do.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { treeCpuMs } from './lib/cpu';
import { BROWSER_ACCEPT_ENCODING } from './lib/read-load';
import { startServer, stopServer, waitUntilHealthy, type Server } from './lib/server';

const [other, database, ...paths] = process.argv.slice(2);
if (!other || !database || paths.length === 0 || !existsSync(path.join(other, '.next', 'BUILD_ID')) || !existsSync(database)) {
  console.error('usage: npm run bench:ab -- <another project copy with a build> <database> <path>...');
  process.exit(2);
}
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;
const rounds = setting('AB_ROUNDS', 6);
const requests = setting('AB_REQUESTS', 200);
const connections = setting('AB_CONNECTIONS', 10);
const headers = { 'Accept-Encoding': BROWSER_ACCEPT_ENCODING, 'Accept-Language': 'en' };

const dir = mkdtempSync(path.join(tmpdir(), 'hled-ab-'));
const sides = [
  { name: `before (${other})`, projectDir: other, port: 3301 },
  { name: 'after (this build)', projectDir: undefined, port: 3302 },
].map((side) => {
  const databaseFile = path.join(dir, `${side.port}.db`);
  // With its write-ahead log, if it has one: what is not yet checkpointed lives only there.
  for (const suffix of ['', '-wal']) if (existsSync(database + suffix)) copyFileSync(database + suffix, databaseFile + suffix);
  const baseUrl = `http://localhost:${side.port}`;
  const server = startServer({ ...side, baseUrl, databaseFile, logFile: path.join(dir, `${side.port}.log`) });
  return { ...side, baseUrl, server };
});

async function load(baseUrl: string, pathname: string, amount: number) {
  const result = await autocannon({ url: `${baseUrl}${pathname}`, connections, amount, headers });
  return result.requests.total;
}

async function cpuPerRequest(server: Server, baseUrl: string, pathname: string): Promise<number> {
  const before = treeCpuMs(server.pid);
  const answered = await load(baseUrl, pathname, requests);
  return (treeCpuMs(server.pid) - before) / answered;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main() {
  try {
    for (const side of sides) await waitUntilHealthy(side.server, side.baseUrl);
    console.log(`${rounds} rounds of ${requests} requests, ${connections} connections; server CPU ms per request, median`);
    for (const pathname of paths) {
      for (const side of sides) await load(side.baseUrl, pathname, requests); // warm: stored pages, JIT, caches
      const figures = sides.map(() => [] as number[]);
      for (let round = 0; round < rounds; round++)
        for (const [i, side] of sides.entries()) figures[i]!.push(await cpuPerRequest(side.server, side.baseUrl, pathname));
      const [before, after] = figures.map(median) as [number, number];
      console.log(
        `${pathname}\n  ${sides[0]!.name}: ${before.toFixed(2)}\n  ${sides[1]!.name}: ${after.toFixed(2)} (${(((after - before) / before) * 100).toFixed(0)} %)`,
      );
    }
  } finally {
    for (const side of sides) await stopServer(side.server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
