#!/usr/bin/env node
// `npm run lint`: ESLint over the repository (eslint.config.mjs), with a cache in node_modules/.cache so an
// unchanged file is not linted twice. No warnings are let through.
import path from 'node:path';
import { run } from './lib/run.mjs';

await run(path.join(process.cwd(), 'node_modules', '.bin', 'eslint'), [
  '--cache',
  '--cache-location',
  'node_modules/.cache/hled/eslint/',
  '--max-warnings',
  '0',
  ...process.argv.slice(2),
  '.',
]);
