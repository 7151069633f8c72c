#!/usr/bin/env node
// `npm test`: lint, format check and type check side by side (each mostly one core), a fresh production
// build (which skips its own type check: next.config.js), the unit tests (Vitest, with the check that
// db/schema and the migrations agree), the crash and shutdown tests on that build, then the end-to-end tests
// (Playwright against that build on a temporary database, in Chromium).
// Next.js telemetry is off for every step (run.mjs). `npm run check` is the quick subset for day-to-day work.
import { ensureChromium } from './lib/chromium.mjs';
import { nextBin, run, runCollected } from './lib/run.mjs';
import path from 'node:path';

const bin = (name) => path.join(process.cwd(), 'node_modules', '.bin', name);
const started = Date.now();
const step = (name) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s) ===`);

step('Lint, format check and type check');
const checks = await Promise.all([
  runCollected('Lint', process.execPath, ['scripts/lint.mjs'], started),
  runCollected('Format check', bin('prettier'), ['--check', '--log-level', 'warn', '.'], started),
  runCollected('Type check', bin('tsc'), ['--noEmit'], started),
]);
if (checks.some((code) => code !== 0)) process.exit(1);

step('Unit tests');
await run(bin('vitest'), ['run']);

step('Production build');
await run(process.execPath, [nextBin, 'build']);

step('Crash test: SIGKILL during submissions and checkpoints, then restart');
await run(bin('tsx'), ['scripts/crash-test.ts']);

step('Shutdown test: SIGTERM to npm start during submissions');
await run(bin('tsx'), ['scripts/shutdown-test.ts']);

step('End-to-end tests');
const chromium = await ensureChromium();
if (!chromium) process.exit(1);
await run(bin('playwright'), ['test'], { env: { ...process.env, CHROMIUM_PATH: chromium } });

step(`All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
