#!/usr/bin/env node
/**
 * The production server: Next.js' request handler (a custom server, `next({ dev: false })`) inside an
 * HTTP server this app owns, so that it can
 * - stop gracefully: on SIGTERM or SIGINT it stops accepting, refuses new requests on open connections with
 *   a clean 503, lets the requests in flight finish for up to SHUTDOWN_TIMEOUT_SECONDS (10), then checkpoints
 *   the WAL and closes the database (the app's shutdown hooks) and exits 0; a second signal cuts the wait short;
 * - time every request for /metrics (lib/metrics) and answer /metrics itself, before Next's proxy;
 * - tag stored pages with an ETag more cheaply than Next.js does (scripts/lib/body-etag.mjs), and compress
 *   each version of a stored page once instead of on every request (scripts/lib/gzip-copies.mjs);
 * - listen where HOST says, 127.0.0.1 by default (scripts/lib/listen-address.mjs).
 * Needs a production build (`npm run build`); `npm start` builds one first when there is none.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagWholeBody } from './lib/body-etag.mjs';
import { createGzipCopies } from './lib/gzip-copies.mjs';
import { createDrainableServer } from './lib/drainable-server.mjs';
import { describeListening, listenAddress } from './lib/listen-address.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The contract of lib/server/hooks.ts: filled in by the app's instrumentation (lib/metrics/install.ts). */
function serverHooks() {
  globalThis.hledServerHooks ??= { observeRequest: null, metrics: null, shutdown: [] };
  return globalThis.hledServerHooks;
}

/**
 * Next.js runs the instrumentation (which opens the database, or stops start-up) on its own schedule after
 * `prepare()`; wait for it so that "Listening" means ready, and a broken database never listens at all.
 */
async function installed(hooks, timeoutMs = 120_000) {
  const started = Date.now();
  while (!hooks.observeRequest) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`the app's start-up (instrumentation.ts) did not finish within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function shutdownTimeoutMs(env) {
  const seconds = Number(env.SHUTDOWN_TIMEOUT_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds, not "${env.SHUTDOWN_TIMEOUT_SECONDS}"`);
  return seconds * 1000;
}

/**
 * The host name Next.js uses to reach this server itself (it forwards a server action to the page that
 * holds it, and builds absolute URLs from it): `localhost` on the default loopback or a wildcard address,
 * as `next start` does, so it matches the default NEXTAUTH_URL and the Origin the browser sends.
 */
function internalHostname(address) {
  return address.loopback || address.host === '0.0.0.0' || address.host === '::' ? 'localhost' : address.host;
}

function recordOf(req, res, seconds) {
  const cache = res.getHeader('x-nextjs-cache');
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    status: res.statusCode,
    seconds,
    completed: res.writableFinished,
    cache: typeof cache === 'string' ? cache : undefined,
    action: req.method === 'POST' && req.headers['next-action'] !== undefined,
  };
}

async function answerMetrics(req, res, hooks) {
  const answer = hooks.metrics ? await hooks.metrics(req.headers.authorization) : { status: 404, headers: {}, body: 'Not found\n' };
  res.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...answer.headers });
  res.end(answer.body);
}

export async function startProductionServer({ env = process.env, log = console.log } = {}) {
  const address = listenAddress(env);
  const timeoutMs = shutdownTimeoutMs(env);
  // Before Next.js loads: production mode, and no telemetry (a government server must not phone home).
  process.env.NODE_ENV = 'production';
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const { default: next } = await import('next');
  const hooks = serverHooks();

  let handle = null;
  // Next's compression stays on (next.config.js leaves `compress` at its default) for what is streamed.
  const gzipCopies = createGzipCopies();
  const drainable = createDrainableServer(
    async (req, res) => {
      try {
        if (req.url === '/metrics' || req.url?.startsWith('/metrics?')) return await answerMetrics(req, res, hooks);
        tagWholeBody(req, res, { gzipCopies });
        await handle(req, res);
      } catch (error) {
        console.error(`Failed to answer ${req.method} ${req.url}:`, error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end('Internal Server Error');
        } else res.destroy();
      }
    },
    { onResponse: (req, res, seconds) => hooks.observeRequest?.(recordOf(req, res, seconds)) },
  );
  const { server } = drainable;
  const app = next({ dev: false, dir: root, hostname: internalHostname(address), port: address.port, httpServer: server });
  await app.prepare();
  handle = app.getRequestHandler();
  await installed(hooks);

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  for (const line of describeListening(address, { demo: !env.AUTH_SECRET })) log(line);

  let stopping = null;
  /** Stops gracefully; a second signal (not a second call for another reason) cuts the wait short. */
  const stop = (reason, { signal = true } = {}) => {
    if (stopping) {
      if (!signal) return;
      log(`${reason} again: cutting off the requests still running.`);
      drainable.cutOffNow();
      return;
    }
    stopping = (async () => {
      log(`${reason}: no new requests; waiting up to ${timeoutMs / 1000} s for ${drainable.inFlight()} in flight.`);
      const started = Date.now();
      const { cutOff } = await drainable.drain(timeoutMs);
      await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      for (const hook of hooks.shutdown) await hook();
      log(`Stopped in ${Date.now() - started} ms${cutOff ? `; ${cutOff} request(s) cut off at the bound` : ''}.`);
      process.exit(0);
    })().catch((error) => {
      console.error('Shutdown failed:', error);
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return { server, address, stop };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startProductionServer().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
