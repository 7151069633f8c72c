#!/usr/bin/env node
// `npm start`: builds the production app when no build exists yet, then serves it on PORT (default 3000).
// The server itself migrates and seeds the database on start-up (instrumentation.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run, nextBin } from './lib/run.mjs';

const root = process.cwd();
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No production build found: building it first (about a minute).');
  await run(process.execPath, [nextBin, 'build']);
}
const port = process.env.PORT || '3000';
const env = { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
console.log(`Starting the HLED Stakeholder Tracker on http://localhost:${port}`);
if (!process.env.AUTH_SECRET) {
  const accounts = JSON.parse(readFileSync(path.join(root, 'db', 'seed', 'demo', 'accounts.json'), 'utf8'));
  console.log('\nDemo mode (no AUTH_SECRET). Demo accounts, all with the password hled-demo-2026:');
  for (const account of accounts) console.log(`  ${account.email.padEnd(36)} ${account.description}`);
  console.log('');
}
await run(process.execPath, [nextBin, 'start', '--port', port], { env });
