/** The kept gzip copies of pages sent whole (scripts/lib/gzip-copies.mjs); over HTTP in body-etag.test.ts. */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, createGzipCopies } from './gzip-copies.mjs';

function exchange(acceptEncoding: string | undefined, headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' }) {
  const req = { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } } as http.IncomingMessage;
  const res = new http.ServerResponse(req);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return { req, res };
}

type Copies = ReturnType<typeof createGzipCopies>;
/** The copy `copies` gives a gzip-taking request for an HTML answer with this tag and body. */
function copyFor(copies: Copies, tag: string, body: string) {
  const { req, res } = exchange('gzip');
  return copies.copyFor(req, res, tag, body);
}

const page = (n: number) => `<p>${'Página del diálogo. '.repeat(n)}</p>`;

describe('acceptsGzip', () => {
  it('follows the quality values a browser or client sends', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, *;q=0')).toBe(false);
    expect(acceptsGzip('identity;q=1, gzip;q=0.5')).toBe(false);
  });
});

describe('createGzipCopies', () => {
  it('makes a copy once per ETag and reuses it; another ETag gets its own', () => {
    const copies = createGzipCopies();
    const body = page(200);
    const first = copyFor(copies, '"a"', body)!;
    const again = copyFor(copies, '"a"', body)!;
    expect(gunzipSync(first).toString()).toBe(body);
    expect(again).toBe(first);
    const other = copyFor(copies, '"b"', page(300))!;
    expect(gunzipSync(other).toString()).toBe(page(300));
    expect(copies.stats).toMatchObject({ made: 2, reused: 1 });
  });

  it('sends small, binary, already encoded or no-transform answers as they are', () => {
    const copies = createGzipCopies();
    const cases: [string | undefined, Record<string, string>, string][] = [
      ['gzip', { 'Content-Type': 'text/html' }, 'short'],
      ['gzip', { 'Content-Type': 'image/png' }, page(200)],
      ['gzip', { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }, page(200)],
      ['gzip', { 'Content-Type': 'text/html', 'Cache-Control': 'public, no-transform' }, page(200)],
      [undefined, { 'Content-Type': 'text/html' }, page(200)],
    ];
    for (const [encoding, headers, body] of cases) {
      const { req, res } = exchange(encoding, headers);
      expect(copies.copyFor(req, res, '"x"', body), JSON.stringify(headers)).toBeNull();
    }
    expect(copies.stats.made).toBe(0);
  });

  it('keeps at most maxBytes of copies, dropping the least recently sent first', () => {
    const body = (seed: number) => Array.from({ length: 3000 }, (_, i) => ((i * 7919 + seed * 104729) % 65536).toString(36)).join(' ');
    const size = copyFor(createGzipCopies(), '"s"', body(0))!.length;
    const copies = createGzipCopies({ maxBytes: Math.floor(size * 2.5) });
    const send = (tag: string, seed: number) => copyFor(copies, tag, body(seed));
    send('"1"', 1);
    send('"2"', 2);
    send('"1"', 1); // "1" is now the most recently sent
    send('"3"', 3); // over the limit: "2" goes
    expect(copies.stats.bytes).toBeLessThanOrEqual(size * 2.5);
    const made = copies.stats.made;
    send('"1"', 1);
    expect(copies.stats.made).toBe(made);
    send('"2"', 2);
    expect(copies.stats.made).toBe(made + 1);
  });
});
