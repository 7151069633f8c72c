#!/usr/bin/env node
// Serves the production build (scripts/server.mjs, as `npm start` does) on a fresh, temporary database for
// the end-to-end tests, and removes it after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './lib/run.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'hled-e2e-'));
const port = process.env.PORT ?? '3100';
const env = quietEnv({
  ...process.env,
  PORT: port,
  DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
  NODE_ENV: 'production',
  NEXTAUTH_URL: `http://localhost:${port}`,
  // The calls' deadline tests move the server's clock with a cookie (lib/calls/clock.ts; demo mode only).
  HLED_TEST_CLOCK: '1',
});
const server = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], { stdio: 'inherit', env });
const stop = (signal) => server.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
