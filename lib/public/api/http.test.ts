import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELETE, OPTIONS, POST, publicGet } from './http';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { call, routeFiles } from './test-helpers';

// Every answer takes from an allowance kept in the database.
useTemporaryGlobalDatabase();

const hello = publicGet(() => Response.json({ hello: 'world' }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('every open-data response', () => {
  it('may be read from any origin, is not sniffed, is cached a minute and states the quota', async () => {
    const response = await call(hello, '/api/v1/anything');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=60');
    expect(Number(response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(response.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    expect(response.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    expect(await response.json()).toEqual({ hello: 'world' });
  });

  it('answers a preflight with 204 and the methods allowed', () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('refuses a write with 405 and an Allow header', async () => {
    for (const method of [POST, DELETE]) {
      const response = method();
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect((await response.json()).error.status).toBe(405);
    }
  });

  it('answers 304 without a body when the ETag still matches, weak or strong', async () => {
    const first = await call(hello, '/api/v1/anything');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await call(hello, '/api/v1/anything', {}, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
    }
    const changed = await call(hello, '/api/v1/anything', {}, { headers: { 'If-None-Match': '"stale"' } });
    expect(changed.status).toBe(200);
  });

  it('answers 500 with a generic message and logs the error, never showing the stack', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const broken = publicGet(() => {
      throw new Error('SQLITE_ERROR near "secret_table"');
    });
    const response = await call(broken, '/api/v1/broken');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret_table');
    expect(text).not.toMatch(/\n\s+at /);
    expect(JSON.parse(text).error.status).toBe(500);
    expect(log.mock.calls.some(([line]) => String(line).includes('"api.error"') && String(line).includes('secret_table'))).toBe(true);
  });
});

describe('every route of the open data', () => {
  it('answers GET and OPTIONS and refuses every write with 405, the feed too', async () => {
    const files = [...routeFiles().map((r) => r.file), path.join(process.cwd(), 'app/feed.xml/route.ts')];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const route = await import(file);
      expect(typeof route.GET, file).toBe('function');
      expect(route.OPTIONS().status, file).toBe(204);
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(route[method]().status, `${method} ${file}`).toBe(405);
    }
  });
});
