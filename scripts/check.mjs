#!/usr/bin/env node
// `npm run check`: the quick check for day-to-day work, no build and no browser. The type check
// (incremental, its state in node_modules/.cache), lint, format and the schema-migration check run side by
// side, then the unit tests (which use both cores themselves). `npm test` runs the full chain.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { quietEnv } from './lib/run.mjs';

const bin = (name) => path.join(process.cwd(), 'node_modules', '.bin', name);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

/** Runs a command with its output collected, so parallel steps do not interleave; resolves to its exit code. */
function step(name, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: quietEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      console.log(`\n=== ${name}: ${code === 0 ? 'passed' : 'FAILED'} (${seconds()} s) ===`);
      if (code !== 0 || output.length < 2000) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}

const first = await Promise.all([
  step('Type check', bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/hled/tsc-check.tsbuildinfo']),
  step('Lint', process.execPath, ['scripts/lint.mjs']),
  step('Format', bin('prettier'), ['--check', '--log-level', 'warn', '.']),
]);
const unit = await step('Unit tests (with the schema-migration check)', bin('vitest'), ['run']);
const failed = [...first, unit].some((code) => code !== 0);
console.log(`\n${failed ? 'Check FAILED' : 'Check passed'} in ${seconds()} s`);
process.exit(failed ? 1 : 0);
