/**
 * The production server's ETags (scripts/lib/body-etag.mjs), on a plain server that answers the way
 * Next.js does: Next's own compression middleware installed after the tag, then the page in one
 * `res.end(body)`, or streamed for a page rendered per request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
// @ts-expect-error Next's bundled copy of the compression middleware has no types; it is the one it runs.
import compression from 'next/dist/compiled/compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifNoneMatchIncludes, tagWholeBody } from './body-etag.mjs';
import { createGzipCopies } from './gzip-copies.mjs';

const page = `<!DOCTYPE html><html lang="es"><body>${'Diálogo Económico de Alto Nivel. '.repeat(400)}</body></html>`;
const compress = compression();
const gzipCopies = createGzipCopies();
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    tagWholeBody(req, res, { gzipCopies });
    compress(req, res, () => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.url === '/stored') {
        res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=86340');
        res.setHeader('Content-Length', Buffer.byteLength(page));
        res.end(req.method === 'HEAD' ? null : page);
      } else if (req.url === '/private') {
        res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
        res.end(page);
      } else if (req.url === '/streamed') {
        res.write(page.slice(0, 100));
        res.end(page.slice(100));
      } else if (req.url === '/own-etag') {
        res.setHeader('ETag', '"v1"');
        res.end(page);
      } else {
        res.statusCode = 404;
        res.end('Not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** A raw request (fetch would decompress and add its own headers). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

describe('a page sent whole', () => {
  it('carries an ETag, the same with and without gzip, and the body is the page', async () => {
    const plain = await get('/stored');
    const gzipped = await get('/stored', { 'Accept-Encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
    expect(plain.body.toString()).toBe(page);
    expect(gunzipSync(gzipped.body).toString()).toBe(page);
  });

  it('is answered 304, without a body, to a browser that holds it (also as a weak tag, in a list, with gzip)', async () => {
    const { etag } = (await get('/stored')).headers;
    for (const held of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/stored', { 'If-None-Match': held, 'Accept-Encoding': 'gzip' });
      expect(again.status, held).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['content-encoding']).toBeUndefined();
    }
  });

  it('is compressed once: later gzip answers send the same kept copy, which decompresses to the page', async () => {
    const madeBefore = gzipCopies.stats.made;
    const first = await get('/stored', { 'Accept-Encoding': 'gzip, deflate, br' });
    const second = await get('/stored', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(gzipCopies.stats.made - madeBefore).toBeLessThanOrEqual(1);
    expect(gzipCopies.stats.reused).toBeGreaterThan(0);
    for (const answer of [first, second]) {
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(answer.body).toString()).toBe(page);
    }
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('goes uncompressed to a client that does not take gzip', async () => {
    for (const encoding of ['identity', 'gzip;q=0', 'br;q=1, *;q=0']) {
      const answer = await get('/stored', { 'Accept-Encoding': encoding });
      expect(answer.headers['content-encoding'], encoding).toBeUndefined();
      expect(answer.body.toString()).toBe(page);
    }
  });

  it('is sent again in full when the browser holds another version', async () => {
    const answer = await get('/stored', { 'If-None-Match': '"an-older-version"' });
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(page);
  });
});

describe('answers that get no tag', () => {
  it('a streamed or private page is still compressed by the middleware, never from a kept copy', async () => {
    const copiesBefore = { ...gzipCopies.stats };
    for (const path of ['/streamed', '/private']) {
      const answer = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(answer.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(answer.body).toString(), path).toBe(page);
    }
    expect(gzipCopies.stats).toEqual(copiesBefore);
  });

  it('a signed-in (private, no-store) page, a streamed page, a HEAD, and an answer that has its own', async () => {
    expect((await get('/private')).headers.etag).toBeUndefined();
    expect((await get('/streamed')).headers.etag).toBeUndefined();
    expect((await get('/stored', {}, 'HEAD')).headers.etag).toBeUndefined();
    const own = await get('/own-etag', { 'If-None-Match': '"v1"' });
    expect(own.headers.etag).toBe('"v1"');
    expect(own.status).toBe(200);
    expect((await get('/missing')).headers.etag).toBeUndefined();
  });
});

describe('ifNoneMatchIncludes', () => {
  it('compares weakly, in lists and with the wildcard, and nothing matches an absent header', () => {
    expect(ifNoneMatchIncludes('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchIncludes('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchIncludes('"b" , "a"', '"a"')).toBe(true);
    expect(ifNoneMatchIncludes('*', '"a"')).toBe(true);
    expect(ifNoneMatchIncludes('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchIncludes(undefined, '"a"')).toBe(false);
  });
});
