#!/usr/bin/env node
// `npm run check`: the quick check for day-to-day work, no build and no browser. The type check
// (incremental, its state in node_modules/.cache), lint, format and the schema-migration check run side by
// side, then the unit tests (which use both cores themselves). `npm test` runs the full chain.
import path from 'node:path';
import { runCollected } from './lib/run.mjs';

const bin = (name) => path.join(process.cwd(), 'node_modules', '.bin', name);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

const step = (name, command, args) => runCollected(name, command, args, started);

const first = await Promise.all([
  step('Type check', bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/hled/tsc-check.tsbuildinfo']),
  step('Lint', process.execPath, ['scripts/lint.mjs']),
  step('Format', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
]);
const unit = await step('Unit tests (with the schema-migration check)', bin('vitest'), ['run']);
const failed = [...first, unit].some((code) => code !== 0);
console.log(`\n${failed ? 'Check FAILED' : 'Check passed'} in ${seconds()} s`);
process.exit(failed ? 1 : 0);
