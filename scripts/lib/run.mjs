import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const nextBin = require.resolve('next/dist/bin/next');

/** The environment with Next.js' telemetry off: no build or server of this project reports usage anywhere. */
export function quietEnv(env = process.env) {
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' };
}

/** Runs a command with inherited output; resolves on success, exits this process with its code on failure. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: quietEnv(), ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) return resolve();
      process.exit(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Runs a command with its output collected, so that steps run side by side do not interleave; prints
 * `=== name: passed|FAILED (N s) ===` (seconds since `started`) and the output when it failed or is short.
 * Resolves to the exit code.
 */
export function runCollected(name, command, args, started = Date.now()) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: quietEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n=== ${name}: ${code === 0 ? 'passed' : 'FAILED'} (${seconds} s) ===`);
      if (code !== 0 || output.length < 2000) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}
