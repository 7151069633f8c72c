#!/usr/bin/env node
// `npm start`: builds the production app when no build exists yet, then serves it on PORT (default 3000).
// The server itself migrates and seeds the database on start-up (instrumentation.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { run, nextBin } from './lib/run.mjs';

const root = process.cwd();
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No production build found: building it first (about a minute).');
  await run(process.execPath, [nextBin, 'build']);
}
const port = process.env.PORT || '3000';
console.log(`Starting the HLED Stakeholder Tracker on http://localhost:${port}`);
await run(process.execPath, [nextBin, 'start', '--port', port]);
