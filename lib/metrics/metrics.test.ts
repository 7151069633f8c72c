import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { takeRequest, type RateLimiter } from '@/lib/public/api/rate-limit';
import { logEvent } from '@/lib/log';
import { countSignInFailure } from './count';
import { bearerMatches, metricsAnswer } from './endpoint';
import { observeRequest } from './observe';
import { metrics } from './registry';
import { routeGroup } from './route-group';

const TOKEN = 'a-metrics-token-of-reasonable-length-0123456789';
const holder = globalThis as typeof globalThis & { hledMetrics?: unknown };
// The size gauges only stat the files: plain files of known sizes stand in for a database and its WAL.
const dir = mkdtempSync(path.join(tmpdir(), 'hled-metrics-'));
const databaseFile = path.join(dir, 'sizes.db');
writeFileSync(databaseFile, Buffer.alloc(20_480));
const previousUrl = process.env.DATABASE_URL;

beforeEach(() => {
  holder.hledMetrics = undefined; // a fresh set per test, reading DATABASE_URL anew
  process.env.DATABASE_URL = `file:${databaseFile}`;
});
afterAll(() => {
  holder.hledMetrics = undefined;
  if (previousUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousUrl;
  rmSync(dir, { recursive: true, force: true });
});

async function scrape(): Promise<string> {
  const answer = await metricsAnswer(`Bearer ${TOKEN}`, TOKEN);
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('/metrics access (METRICS_TOKEN)', () => {
  it('does not exist while no token is configured, whatever the request carries', async () => {
    expect((await metricsAnswer(`Bearer ${TOKEN}`, undefined)).status).toBe(404);
    expect((await metricsAnswer(undefined, '')).status).toBe(404);
  });

  it('asks for the bearer token when it is missing or wrong, and shows nothing', async () => {
    for (const authorization of [undefined, '', 'Bearer', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN]) {
      const answer = await metricsAnswer(authorization, TOKEN);
      expect(answer.status, String(authorization)).toBe(401);
      expect(answer.headers['WWW-Authenticate']).toBe('Bearer realm="metrics"');
      expect(answer.body).not.toMatch(/hled_|process_/);
    }
  });

  it('answers the right token in Prometheus text format', async () => {
    const answer = await metricsAnswer(`bearer  ${TOKEN} `, TOKEN);
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(answer.body).toMatch(/^# HELP hled_database_size_bytes /m);
  });

  it('compares the whole token', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN.toUpperCase()}`, TOKEN)).toBe(false);
    expect(bearerMatches('Bearer ', TOKEN)).toBe(false);
  });
});

describe('what the metrics count', () => {
  it('requests by route group and status class, and stored pages’ cache results', async () => {
    observeRequest({
      method: 'GET',
      url: '/en/recommendations?q=energia',
      status: 200,
      seconds: 0.03,
      completed: true,
      cache: undefined,
      action: false,
    });
    observeRequest({ method: 'GET', url: '/es/pillars/energy', status: 200, seconds: 0.01, completed: true, cache: 'HIT', action: false });
    observeRequest({ method: 'POST', url: '/en/submit', status: 200, seconds: 0.2, completed: true, cache: undefined, action: true });
    observeRequest({
      method: 'GET',
      url: '/api/v1/recommendations.csv',
      status: 200,
      seconds: 3,
      completed: false,
      cache: undefined,
      action: false,
    });
    const text = await scrape();
    expect(text).toContain('hled_http_request_duration_seconds_count{route="register",status="2xx"} 1');
    expect(text).toContain('hled_http_request_duration_seconds_count{route="action",status="2xx"} 1');
    expect(text).toContain('hled_http_request_duration_seconds_count{route="api_csv",status="aborted"} 1');
    expect(text).toContain('hled_page_cache_total{route="public_page",result="HIT"} 1');
  });

  it('submissions and triage actions from the event log, sign-in failures and rate-limit refusals where they happen', async () => {
    logEvent('recommendation.submitted', { userId: 1, ref: 'HLED-2026-0001' });
    logEvent('recommendation.rate_limited', { userId: 1 });
    logEvent('triage.note_added', { userId: 2, ref: 'HLED-2026-0001' });
    logEvent('triage.note_added', { userId: 2, ref: 'HLED-2026-0002' });
    logEvent('auth.sign_in.succeeded', { userId: 3 });
    countSignInFailure('invalid');
    let left = 1; // an allowance of one request: the second is refused
    const limiter: RateLimiter = {
      take: (_bucket, _address, limit) => ({
        allowed: left-- > 0,
        limit,
        remaining: Math.max(left, 0),
        resetSeconds: 60,
        retryAfterSeconds: left < 0 ? 60 : 0,
      }),
    };
    takeRequest('api', new Headers(), { limiter, perMinute: 1 });
    takeRequest('api', new Headers(), { limiter, perMinute: 1 });
    const text = await scrape();
    expect(text).toContain('hled_submissions_total{outcome="accepted"} 1');
    expect(text).toContain('hled_submissions_total{outcome="rate_limited"} 1');
    expect(text).toContain('hled_triage_actions_total{action="note_added"} 2');
    expect(text).toContain('hled_sign_in_failures_total{reason="invalid"} 1');
    expect(text).toContain('hled_rate_limit_refusals_total 1');
  });

  it('the database file’s size and its WAL’s', async () => {
    expect(await scrape()).toMatch(/^hled_database_wal_size_bytes 0$/m); // no -wal file: nothing to checkpoint
    writeFileSync(`${databaseFile}-wal`, Buffer.alloc(12_288));
    const text = await scrape();
    expect(text).toMatch(/^hled_database_size_bytes 20480$/m);
    expect(text).toMatch(/^hled_database_wal_size_bytes 12288$/m);
    expect(metrics().registry.getSingleMetric('process_resident_memory_bytes')).toBeUndefined(); // only the server turns these on
  });
});

describe('route groups', () => {
  it('keeps every address in a short, fixed list', () => {
    const cases: [string, boolean, string][] = [
      ['/en', false, 'home'],
      ['/', false, 'home'],
      ['/es/recommendations?pillar=energy', false, 'register'],
      ['/en/recommendations/HLED-2026-0042', false, 'recommendation'],
      ['/en/coordinate/HLED-2026-0042', false, 'coordinate'],
      ['/es/admin/users', false, 'admin'],
      ['/en/sign-in', false, 'sign_in'],
      ['/en/account/recommendations/HLED-2026-0001', false, 'account'],
      ['/en/submit', true, 'action'],
      ['/en/meetings/2024-09', false, 'public_page'],
      ['/api/v1/recommendations?per_page=100', false, 'api'],
      ['/api/v1/recommendations.csv?status=implemented', false, 'api_csv'],
      ['/api/auth/callback/credentials', false, 'auth'],
      ['/api/health', false, 'health'],
      ['/api/ready', false, 'ready'],
      ['/metrics', false, 'metrics'],
      ['/feed.xml?locale=es', false, 'feed'],
      ['/_next/static/chunks/app.js', false, 'static'],
      ['/favicon.ico', false, 'static'],
      ['/wp-login.php/../../etc', false, 'other'],
      ['/en/no-such-page/at/all', false, 'other'],
    ];
    for (const [url, action, group] of cases) expect(routeGroup(url, action), url).toBe(group);
  });
});
