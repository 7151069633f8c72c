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
