/**
 * The graceful stop of the production server (scripts/server.mjs), on a plain handler: what a client sees
 * when the server drains while it has requests in flight, keeps a connection open, or never finishes.
 * scripts/shutdown-test.ts checks the same on the real server, with submissions and the database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDrainableServer } from './drainable-server.mjs';

type Drainable = ReturnType<typeof createDrainableServer>;
let running: Drainable[] = [];
afterEach(() => {
  for (const d of running) d.server.closeAllConnections();
  for (const d of running) d.server.close();
  running = [];
});

/** A server whose answers take `delayMs` (or never come, for -1); /quick ones 10 ms. */
async function start(delayMs: number, observed: string[] = []) {
  const drainable = createDrainableServer(
    (req, res) => {
      const delay = req.url?.startsWith('/quick') ? 10 : delayMs;
      if (delay < 0) return;
      setTimeout(() => res.end('done'), delay);
    },
    { onResponse: (req, res) => observed.push(`${req.url} ${res.statusCode} ${res.writableFinished ? 'finished' : 'cut off'}`) },
  );
  running.push(drainable);
  await new Promise<void>((resolve) => drainable.server.listen(0, '127.0.0.1', resolve));
  const port = (drainable.server.address() as AddressInfo).port;
  return { drainable, port };
}

type Answer = { status: number; body: string; connection: string | undefined } | { error: string };

function get(port: number, path: string, agent: http.Agent | false = false): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
      res.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
  });
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a graceful stop', () => {
  it('lets requests in flight finish, with Connection: close, then stops listening', async () => {
    const observed: string[] = [];
    const { drainable, port } = await start(300, observed);
    const inFlight = [get(port, '/one'), get(port, '/two')];
    await tick(50);
    expect(drainable.inFlight()).toBe(2);
    const drained = drainable.drain(5000);
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual([
      { status: 200, body: 'done', connection: 'close' },
      { status: 200, body: 'done', connection: 'close' },
    ]);
    expect(await drained).toEqual({ cutOff: 0 });
    expect(observed.sort()).toEqual(['/one 200 finished', '/two 200 finished']);
    expect(await get(port, '/after')).toEqual({ error: 'ECONNREFUSED' });
  });

  it('answers a request that arrives on an open keep-alive connection with a clean 503 while others finish', async () => {
    const { drainable, port } = await start(400);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // An idle keep-alive connection: its first request answered, the agent keeps it for the next.
      expect(await get(port, '/quick-first', agent)).toMatchObject({ status: 200, body: 'done' });
      const slow = get(port, '/slow'); // in flight on a connection of its own
      await tick(50);
      const drained = drainable.drain(5000);
      const refused = await get(port, '/late', agent); // sent on it while /slow is still running
      expect(refused).toMatchObject({ status: 503, connection: 'close' });
      expect('body' in refused && refused.body).toMatch(/restarting/);
      expect(await slow).toMatchObject({ status: 200, body: 'done', connection: 'close' });
      expect(await drained).toEqual({ cutOff: 0 });
    } finally {
      agent.destroy();
    }
  });

  it('closes idle keep-alive connections at once instead of waiting for their timeout', async () => {
    const { drainable, port } = await start(10);
    const agent = new http.Agent({ keepAlive: true });
    try {
      expect(await get(port, '/warm', agent)).toMatchObject({ status: 200 });
      const started = Date.now();
      expect(await drainable.drain(5000)).toEqual({ cutOff: 0 });
      expect(Date.now() - started).toBeLessThan(1000); // Node's keep-alive timeout is 5 s
    } finally {
      agent.destroy();
    }
  });

  it('cuts off what is still running at the bound, and counts it', async () => {
    const observed: string[] = [];
    const { drainable, port } = await start(-1, observed);
    const hung = get(port, '/never');
    await tick(50);
    const started = Date.now();
    expect(await drainable.drain(300)).toEqual({ cutOff: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await hung).toMatchObject({ error: expect.stringMatching(/ECONNRESET|socket hang up/) });
    expect(observed).toEqual(['/never 200 cut off']);
  });

  it('ends the wait at once on a second signal', async () => {
    const { drainable, port } = await start(-1);
    void get(port, '/never');
    await tick(50);
    const drained = drainable.drain(60_000);
    await tick(50);
    drainable.cutOffNow();
    expect(await drained).toEqual({ cutOff: 1 });
  });
});
