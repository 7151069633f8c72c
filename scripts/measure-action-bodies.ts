/**
 * What an anonymous server-action body can cost the server, measured three ways:
 *   1. the largest body each big form can legitimately send (test/security/largest-forms.ts);
 *   2. React's decodeReply, in this process, on a deeply nested body ("[[[…]]]") of the configured limit
 *      and of Next.js's default 1 MB: the synchronous work an action body can force;
 *   3. with `--server`: the production build (npm run build first) started on a temporary database on
 *      PORT (3111), a nested body sent to a real action at each size, and the event loop's stall seen
 *      from outside: /api/health answered while 12 nested bodies are in flight.
 *
 *   node --conditions=react-server --import tsx scripts/measure-action-bodies.ts [--server]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LARGEST_FORMS, actionBodyBytes } from '@/test/security/largest-forms';

const require = createRequire(__filename);
const root = path.resolve(__dirname, '..');
const config = require(path.join(root, 'next.config.js')) as { experimental?: { serverActions?: { bodySizeLimit?: string } } };
const limit = (require('next/dist/compiled/bytes') as { parse: (v: string) => number }).parse(
  config.experimental?.serverActions?.bodySizeLimit ?? '1mb',
);
const ONE_MB = 1024 * 1024;

const nested = (bytes: number) => '['.repeat(Math.floor(bytes / 2)) + ']'.repeat(Math.floor(bytes / 2));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function largestForms() {
  console.log('Largest legitimate body per form (every field at its maximum, 3-byte characters):');
  for (const [form, input] of Object.entries(LARGEST_FORMS))
    console.log(`  ${form.padEnd(16)} ${(actionBodyBytes(input) / 1024).toFixed(1)} KB`);
  console.log(`  limit            ${(limit / 1024).toFixed(1)} KB (experimental.serverActions.bodySizeLimit)\n`);
}

async function decodeInProcess() {
  const { decodeReply } = require('next/dist/compiled/react-server-dom-webpack/server.node') as {
    decodeReply: (body: string, map: object) => Promise<unknown>;
  };
  console.log('decodeReply of a nested body, in this process (median of 9):');
  for (const [label, bytes] of [
    ['at the limit', limit - 64],
    ['1 MB (the old default)', ONE_MB - 64],
  ] as const) {
    const body = nested(bytes);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      await decodeReply(body, {}).catch(() => undefined);
      times.push(performance.now() - start);
    }
    console.log(`  ${label.padEnd(24)} ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${ms(median(times))} (max ${ms(Math.max(...times))})`);
  }
  console.log('');
}

async function timed(url: string, init?: RequestInit) {
  const start = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

async function againstServer() {
  const port = process.env.PORT ?? '3111';
  const base = `http://127.0.0.1:${port}`;
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, unknown>;
  };
  const actionId = Object.keys(manifest.node)[0]!;
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-e2e.mjs')], {
    env: { ...process.env, PORT: port },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const post = (body: string) =>
      timed(`${base}/en/forgot-password`, {
        method: 'POST',
        headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', Origin: base },
        body,
      });
    const health = () => timed(`${base}/api/health`);
    // Warm every path first (the first requests compile and load code), then time the health check alone.
    for (let i = 0; i < 3; i++)
      await Promise.all([health(), post(nested(limit - 64)), post(nested(ONE_MB - 64)), post('[{"email":"warm@example.org"}]')]);
    const idleTimes: number[] = [];
    for (let i = 0; i < 9; i++) idleTimes.push((await health()).ms);
    const idle = median(idleTimes);
    console.log(`Against the production build on ${base} (action ${actionId.slice(0, 8)}…), /api/health idle: ${ms(idle)}`);
    for (const [label, bytes] of [
      ['just under the limit', limit - 64],
      ['1 MB', ONE_MB - 64],
    ] as const) {
      const single: { status: number; ms: number }[] = [];
      for (let i = 0; i < 5; i++) single.push(await post(nested(bytes)));
      // Twelve at once, and the health check sent while they are being read and decoded.
      const burst = Array.from({ length: 12 }, () => post(nested(bytes)));
      const probes: number[] = [];
      for (let i = 0; i < 10; i++) {
        probes.push((await health()).ms);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await Promise.all(burst);
      console.log(
        `  nested, ${label.padEnd(20)} ${(bytes / 1024).toFixed(0).padStart(5)} KB: HTTP ${single[0]!.status}, ${ms(median(single.map((s) => s.ms)))} per request; ` +
          `/api/health during 12 at once: max ${ms(Math.max(...probes))}, median ${ms(median(probes))}`,
      );
    }
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

async function main() {
  largestForms();
  await decodeInProcess();
  if (process.argv.includes('--server')) await againstServer();
}

void main();
