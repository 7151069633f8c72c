import { afterEach, describe, expect, it, vi } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { publicGet } from '@/lib/public/api/http';
import { clientKey, takeRequest, tooManyRequestsMessage } from '@/lib/public/api/rate-limit';
import { call } from '@/lib/public/api/test-helpers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { addressKey } from './address';
import { CONNECTION_HEADER, stampedHeaders } from './connection';
import { databaseRateLimiter } from './store';

const database = useTemporaryGlobalDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function clock(start = 1_800_000_000_000) {
  const state = { now: start };
  return { ...state, get: () => state.now, advance: (ms: number) => (state.now += ms) };
}

describe('an allowance of N requests a minute', () => {
  it('lets N through at once, refuses the next with a whole-second Retry-After, and refills at N a minute', () => {
    const time = clock();
    const limiter = databaseRateLimiter(database.db().$client, time.get);
    for (let i = 1; i <= 60; i++) expect(limiter.take('api', '203.0.113.7', 60)).toMatchObject({ allowed: true, remaining: 60 - i });
    const refused = limiter.take('api', '203.0.113.7', 60);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1, resetSeconds: 60 });
    time.advance(999);
    expect(limiter.take('api', '203.0.113.7', 60).allowed).toBe(false);
    time.advance(1);
    expect(limiter.take('api', '203.0.113.7', 60)).toMatchObject({ allowed: true, remaining: 0 });
    time.advance(60_000);
    expect(limiter.take('api', '203.0.113.7', 60)).toMatchObject({ allowed: true, remaining: 59 });
  });

  it('says how long to wait when the interval is longer than a second', () => {
    const limiter = databaseRateLimiter(database.db().$client, clock().get);
    for (let i = 0; i < 4; i++) limiter.take('api', '198.51.100.9', 4);
    expect(limiter.take('api', '198.51.100.9', 4)).toMatchObject({ allowed: false, retryAfterSeconds: 15 });
  });

  it('is shared by every process on the same database: two connections count together', () => {
    const time = clock();
    const first = databaseRateLimiter(new BetterSqlite3(database.file()), time.get);
    const second = databaseRateLimiter(new BetterSqlite3(database.file()), time.get);
    expect(first.take('register', '192.0.2.1', 2).allowed).toBe(true);
    expect(second.take('register', '192.0.2.1', 2).allowed).toBe(true);
    expect(first.take('register', '192.0.2.1', 2).allowed).toBe(false);
    expect(second.take('register', '192.0.2.1', 2).allowed).toBe(false);
    // The register and the API are separate allowances.
    expect(second.take('api', '192.0.2.1', 2).allowed).toBe(true);
  });

  it('lets the request through and logs it when the database stays locked', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const limiter = databaseRateLimiter(database.db().$client, clock().get);
    const other = new BetterSqlite3(database.file());
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(limiter.take('api', '192.0.2.2', 1).allowed).toBe(true);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(log.mock.calls.some(([line]) => String(line).includes('"rate_limit.unavailable"'))).toBe(true);
  });
});

describe('whose allowance a request takes from', () => {
  it('without a trusted proxy: the connection, whatever X-Forwarded-For a client sends', () => {
    const spoofed = stampedHeaders('203.0.113.7', { 'X-Forwarded-For': '10.9.8.7', 'X-Real-IP': '10.9.8.6' });
    expect(clientKey(spoofed)).toBe('203.0.113.7');
    expect(clientKey(stampedHeaders('::ffff:198.51.100.1'))).toBe('198.51.100.1');
  });

  it('never believes a connection header the server did not stamp', () => {
    stampedHeaders('192.0.2.3');
    expect(clientKey(new Headers({ [CONNECTION_HEADER]: 'forged 203.0.113.99' }))).toBe('unknown');
    expect(clientKey(new Headers())).toBe('unknown');
  });

  it('behind a trusted proxy: the last X-Forwarded-For hop, then X-Real-IP, then the connection', () => {
    vi.stubEnv('TRUST_PROXY', '1');
    expect(clientKey(stampedHeaders('127.0.0.1', { 'X-Forwarded-For': '10.0.0.1, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientKey(stampedHeaders('127.0.0.1', { 'X-Real-IP': '198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientKey(stampedHeaders('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('counts an IPv6 client by its /64 network', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('2001:db8:1:2::1')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('[2001:db8::1]')).toBe('2001:0db8:0000:0000::/64');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('the API over its limit', () => {
  it('refuses one address with 429 while another still gets answers', async () => {
    const limiter = databaseRateLimiter(database.db().$client, clock().get);
    const limited = publicGet(() => Response.json({ ok: true }), { limiter, perMinute: 2 });
    const from = (address: string) => call(limited, '/api/v1/anything', {}, { headers: stampedHeaders(address) });
    expect((await from('203.0.113.20')).status).toBe(200);
    expect((await from('203.0.113.20')).headers.get('ratelimit-remaining')).toBe('0');
    const refused = await from('203.0.113.20');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.headers.get('ratelimit-limit')).toBe('2');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await refused.json()).error).toEqual({
      status: 429,
      message: 'Too many requests: this address may make 2 requests a minute. Try again in 30 seconds.',
    });
    expect((await from('198.51.100.20')).status).toBe(200);
  });

  it('states the configured figure, in the singular for one second', () => {
    vi.stubEnv('API_RATE_LIMIT_PER_MINUTE', '30');
    expect(takeRequest('api', stampedHeaders('192.0.2.30')).limit).toBe(30);
    vi.stubEnv('API_RATE_LIMIT_PER_MINUTE', 'lots');
    expect(takeRequest('api', stampedHeaders('192.0.2.30')).limit).toBe(120);
    const quota = { allowed: false, limit: 120, remaining: 0, resetSeconds: 60, retryAfterSeconds: 1 };
    expect(tooManyRequestsMessage(quota)).toBe('Too many requests: this address may make 120 requests a minute. Try again in 1 second.');
  });
});
