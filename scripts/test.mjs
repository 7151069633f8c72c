#!/usr/bin/env node
// `npm test`: type check, unit tests (Vitest), a fresh production build, then the end-to-end tests
// (Playwright against that build on a temporary database, in Chromium).
import { ensureChromium } from './lib/chromium.mjs';
import { nextBin, run } from './lib/run.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bin = (pkg, file) => require.resolve(`${pkg}/${file}`);
const started = Date.now();
const step = (name) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s) ===`);

step('Type check');
await run(process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit']);

step('Unit tests');
await run(process.execPath, [bin('vitest', 'vitest.mjs'), 'run']);

step('Production build');
await run(process.execPath, [nextBin, 'build']);

step('End-to-end tests');
const chromium = await ensureChromium();
if (!chromium) process.exit(1);
await run(process.execPath, [bin('@playwright/test', 'cli.js'), 'test'], { env: { ...process.env, CHROMIUM_PATH: chromium } });

step(`All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
