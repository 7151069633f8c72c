/**
 * The address of the connection a request came on, for code that sees only the request's headers
 * (route handlers, the proxy).
 *
 * Next.js 16 gives a route handler no socket, and the only address it passes on is X-Forwarded-For,
 * which it fills with the socket's address only when the client did not send one itself
 * (server/base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`): so without a
 * proxy in front, any client chooses its own address. Node's `http.server.request.start` diagnostics
 * channel runs for every request before the server's request handler, so this module stamps the
 * socket's address into a header of its own there, overwriting whatever a client sent under that name.
 * The value carries a random token made when the hook is installed: a request that arrived before
 * (while the server was starting) or in a process without the hook has no valid stamp, and counts as
 * having no known address rather than believing a client.
 */
import { randomBytes } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export const CONNECTION_HEADER = 'x-hled-connection';

const TOKEN_KEY = Symbol.for('hled.connectionToken');
type Stamped = typeof globalThis & { [TOKEN_KEY]?: string };

function stamp(token: string, address: string): string {
  return `${token} ${address}`;
}

function onRequestStart(message: unknown) {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket };
  const token = (globalThis as Stamped)[TOKEN_KEY];
  if (!token) return;
  request.headers[CONNECTION_HEADER] = stamp(token, socket.remoteAddress ?? '');
}

/** Installs the hook once per process (instrumentation.ts calls it at start-up). */
export function trackConnectionAddresses(): void {
  const global = globalThis as Stamped;
  if (global[TOKEN_KEY]) return;
  global[TOKEN_KEY] = randomBytes(16).toString('base64url');
  diagnostics.subscribe('http.server.request.start', onRequestStart);
}

/** The connection's address from the stamp, or null when the request carries no valid stamp. */
export function connectionAddress(headers: Headers): string | null {
  const token = (globalThis as Stamped)[TOKEN_KEY];
  const value = headers.get(CONNECTION_HEADER);
  if (!token || !value?.startsWith(`${token} `)) return null;
  return value.slice(token.length + 1) || null;
}

/** For tests: headers as the hook would stamp them for a connection from `address`. */
export function stampedHeaders(address: string, init?: HeadersInit): Headers {
  trackConnectionAddresses();
  const headers = new Headers(init);
  headers.set(CONNECTION_HEADER, stamp((globalThis as Stamped)[TOKEN_KEY]!, address));
  return headers;
}
