import { spawn } from 'node:child_process';
import { nextBin } from '../bench/lib/server';
async function main() {
  const BASE = 'http://localhost:3262';
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2', nextBin, 'start', '--port', '3262'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'file:/tmp/b.db', AUTH_SECRET: 'x'.repeat(40), NEXTAUTH_URL: BASE },
    stdio: 'ignore',
  });
  for (;;) { try { await fetch(BASE + '/api/health'); break; } catch { await new Promise((r) => setTimeout(r, 300)); } }
  for (const path of ['/en/data', '/en/recommendations']) {
    for (let i = 0; i < 5; i++) await (await fetch(BASE + path)).text();
    const t = performance.now();
    for (let i = 0; i < 100; i++) await (await fetch(BASE + path)).text();
    console.log(path, ((performance.now() - t) / 100).toFixed(1), 'ms each');
  }
  child.kill('SIGINT');
  await new Promise((r) => child.on('exit', r));
}
main();
