/**
 * An HTTP server that can stop without cutting anyone off. `drain()` stops listening, lets the requests in
 * flight finish (their answers go out with Connection: close), and answers any request that still arrives
 * on an open keep-alive connection with a clean 503 (Retry-After, Connection: close) rather than closing
 * that connection under the client's feet; once nothing is in flight, idle connections are closed. Past the
 * bound (or on `cutOffNow()`, for a second signal) it closes the connections that remain, in-flight ones
 * included. (A request sent at the very moment its idle connection is closed still meets a closed
 * connection: HTTP/1.1 cannot rule that out, and the server has run nothing of it.)
 */
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const REFUSAL =
  'The server is restarting. Please try again in a few seconds.\n' +
  'El servidor se está reiniciando. Por favor, inténtelo de nuevo en unos segundos.\n';

function refuse(res) {
  res.shouldKeepAlive = false;
  res.writeHead(503, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': '5',
    Connection: 'close',
  });
  res.end(REFUSAL);
}

/**
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => unknown} handler
 * @param {{ onResponse?: (req: http.IncomingMessage, res: http.ServerResponse, seconds: number) => void }} [options]
 *   called once per request when its response is done (finished, or cut off by the client or by a drain)
 */
export function createDrainableServer(handler, options = {}) {
  const inFlight = new Set();
  let draining = false;
  let cutOff = () => {};

  const server = http.createServer((req, res) => {
    if (draining) return refuse(res);
    const started = performance.now();
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      try {
        options.onResponse?.(req, res, (performance.now() - started) / 1000);
      } catch (error) {
        console.error('request observer failed:', error);
      }
      // The last answer out: idle connections need not wait for their keep-alive timeout.
      if (draining) setImmediate(closeIdleWhenQuiet);
    });
    handler(req, res);
  });

  function closeIdleWhenQuiet() {
    if (inFlight.size === 0) server.closeIdleConnections();
  }

  /** Resolves when every connection is closed: `cutOff` is how many requests were still running at the bound. */
  async function drain(timeoutMs) {
    draining = true;
    // Stop listening. http.Server#close would also close every idle keep-alive connection at once, under
    // the feet of a client about to send on it; net.Server#close only stops accepting, and the idle ones
    // are closed below once nothing is in flight. Resolves when the last connection has ended.
    const closed = new Promise((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    // Answers not started yet go out with Connection: close; answers already streaming end their connection once idle.
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
    closeIdleWhenQuiet();
    // A connection can fall idle without an answer of ours ending on it (a client that opened one and sent
    // nothing yet, a refused request): sweep now and then.
    const sweep = setInterval(closeIdleWhenQuiet, 100);
    const bound = new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      cutOff = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    const finished = await Promise.race([closed.then(() => true), bound.then(() => false)]);
    clearInterval(sweep);
    if (finished) return { cutOff: 0 };
    const remaining = inFlight.size;
    server.closeAllConnections();
    await closed;
    // Each cut-off answer reports its 'close' a moment after its socket's: let the observer see them all.
    for (let turn = 0; inFlight.size > 0 && turn < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
    return { cutOff: remaining };
  }

  return {
    server,
    drain,
    /** Ends a drain now (a second SIGTERM or SIGINT): the requests still running are cut off. */
    cutOffNow: () => cutOff(),
    inFlight: () => inFlight.size,
  };
}
