import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import PageStore, { storeSize, type StoredValue } from './handler.mjs';
import { addressesOfTags, purgeSharedCache } from './purge.mjs';

const database = useTemporaryGlobalDatabase();

afterEach(() => vi.unstubAllEnvs());

const TAGS = '_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/recommendations/[ref]/page,_N_T_/en/recommendations/HLED-2026-0042';
const page = (html = '<p>stored</p>', status = 200): StoredValue => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  status,
  headers: { 'x-next-cache-tags': TAGS },
});
let keys = 0;
const freshKey = () => `/route-cache/APP_PAGE/test/$/en/recommendations/HLED-2026-${++keys}`;

/** As Next.js uses the store: a lookup that misses, a render, then the result stored. */
async function render(store: PageStore, key: string, value = page()) {
  expect(await store.get(key, { kind: 'APP_PAGE' })).toBeNull();
  await store.set(key, value, { cacheControl: { revalidate: 60, expire: 86_400 } });
}

describe('the page store', () => {
  it('serves a stored page with its cache lifetime, and never keeps a "not found" answer', async () => {
    const store = new PageStore();
    const key = freshKey();
    await render(store, key);
    const hit = await store.get(key, { kind: 'APP_PAGE' });
    expect(hit?.value.html).toBe('<p>stored</p>');
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 86_400 });
    const missing = freshKey();
    await render(store, missing, page('<h1>Not found</h1>', 404));
    expect(await store.get(missing, { kind: 'APP_PAGE' })).toBeNull();
  });

  it('stops serving a page as soon as any process invalidates one of its tags in the database', async () => {
    const store = new PageStore();
    const key = freshKey();
    await render(store, key);
    // Another server process on the same database file: its own connection, its own store.
    const other = new BetterSqlite3(database.file());
    other
      .prepare('INSERT INTO page_revalidations (tag, expired_at) VALUES (?, ?)')
      .run('_N_T_/en/recommendations/HLED-2026-0042', Date.now());
    other.close();
    expect(await store.get(key, { kind: 'APP_PAGE' })).toBeNull();
    // A render that starts in the same millisecond as the invalidation counts as made before it (the store's
    // safe side), so the fresh render waits for the clock to move on, as any real visit after a change does.
    const invalidatedAt = Date.now();
    while (Date.now() <= invalidatedAt) await new Promise((resolve) => setTimeout(resolve, 1));
    await render(store, key);
    expect(await store.get(key, { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('records revalidatePath for every process, and does not serve a render that read the data before it', async () => {
    const store = new PageStore();
    const key = freshKey();
    expect(await store.get(key, { kind: 'APP_PAGE' })).toBeNull(); // the render starts here, with the old data
    await store.revalidateTag(['_N_T_/en/recommendations/HLED-2026-0042']); // an action hides the item meanwhile
    await store.set(key, page('<p>old text</p>'), {}); // the render finishes after the action answered
    expect(await store.get(key, { kind: 'APP_PAGE' })).toBeNull();
    const row = database
      .db()
      .$client.prepare('SELECT expired_at AS at FROM page_revalidations WHERE tag = ?')
      .get('_N_T_/en/recommendations/HLED-2026-0042') as { at: number };
    expect(row.at).toBeGreaterThan(Date.now() - 5_000);
  });

  it('keeps within PAGE_STORE_MAX_MB, dropping the least recently used pages first', async () => {
    vi.stubEnv('PAGE_STORE_MAX_MB', '1');
    const store = new PageStore();
    const first = freshKey();
    const big = 'x'.repeat(200 * 1024);
    await render(store, first, page(big));
    const others = [freshKey(), freshKey(), freshKey(), freshKey(), freshKey(), freshKey()];
    for (const key of others.slice(0, 2)) await render(store, key, page(big));
    expect(await store.get(first, { kind: 'APP_PAGE' })).not.toBeNull(); // now the most recently used
    for (const key of others.slice(2)) await render(store, key, page(big));
    expect(storeSize().bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(await store.get(others[0]!, { kind: 'APP_PAGE' })).toBeNull();
    expect(await store.get(first, { kind: 'APP_PAGE' })).not.toBeNull();
  });
});

describe('purging a shared cache', () => {
  it("names the addresses of path tags (and an item page's API answer), not of route or layout tags", () => {
    expect(addressesOfTags(TAGS.split(',')).sort()).toEqual([
      '/api/v1/recommendations/HLED-2026-0042',
      '/en/recommendations/HLED-2026-0042',
    ]);
    expect(addressesOfTags(['_N_T_/es', '_N_T_/es/pillars/x', 'custom-tag'])).toEqual(['/es', '/es/pillars/x']);
  });

  it("sends PURGE for each address, with the site's host, and nothing when no shared cache is configured", async () => {
    const received: { method?: string; url?: string; host?: string }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      received.push({ method: request.method, url: request.url, host: request.headers.host });
      response.statusCode = request.url === '/es' ? 404 : 200;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await purgeSharedCache(['_N_T_/es', '_N_T_/[locale]/layout'], {});
      expect(received).toEqual([]);
      await purgeSharedCache(['_N_T_/es', '_N_T_/en/recommendations/HLED-2026-0042'], {
        SHARED_CACHE_PURGE_URL: `http://127.0.0.1:${port}`,
        APP_URL: 'https://tracker.example.gov',
      });
      expect(received.map((r) => `${r.method} ${r.host}${r.url}`).sort()).toEqual([
        'PURGE tracker.example.gov/api/v1/recommendations/HLED-2026-0042',
        'PURGE tracker.example.gov/en/recommendations/HLED-2026-0042',
        'PURGE tracker.example.gov/es',
      ]);
    } finally {
      server.close();
    }
  });
});
