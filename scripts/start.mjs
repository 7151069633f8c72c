#!/usr/bin/env node
// `npm start`: builds the production app when no build exists yet, then serves it (scripts/server.mjs) in
// this same process, so a SIGTERM or SIGINT sent to npm or to this process reaches the server itself and
// stops it gracefully. The server migrates and seeds the database on start-up (instrumentation.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run, nextBin } from './lib/run.mjs';
import { listenAddress } from './lib/listen-address.mjs';
import { startProductionServer } from './server.mjs';

const root = process.cwd();
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No production build found: building it first (about a minute).');
  await run(process.execPath, [nextBin, 'build']); // telemetry off (run.mjs)
}
// Sign-in needs the address visitors use: set NEXTAUTH_URL behind a proxy (README, Configuration).
process.env.NEXTAUTH_URL ??= `http://localhost:${listenAddress().port}`;
console.log(`Starting the HLED Stakeholder Tracker (Next.js telemetry off).`);
if (!process.env.AUTH_SECRET) {
  const accounts = JSON.parse(readFileSync(path.join(root, 'db', 'seed', 'demo', 'accounts.json'), 'utf8'));
  console.log('\nDemo mode (no AUTH_SECRET). Demo accounts, all with the password hled-demo-2026:');
  for (const account of accounts) console.log(`  ${account.email.padEnd(36)} ${account.description}`);
  console.log('');
}
let running;
try {
  running = await startProductionServer();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// npm runs this file through `sh -c`, and that shell dies on SIGTERM without passing the signal on: when
// only npm is stopped, all this process sees is its parent going away. Stop gracefully then too.
if (process.env.npm_lifecycle_event === 'start') {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    running.stop('npm stopped', { signal: false });
  }, 200);
  watch.unref();
}
