/**
 * How each page is served, checked as one table: stored public pages (ISR) never pass through the proxy
 * and get the fixed policy for stored pages; every page of a signed-in person or a credential is
 * rendered per request through the proxy, which gives it a nonce; a public page's query goes to its
 * per-request twin. The three places that decide this (each page's exports, proxy.ts's matcher and
 * next.config.js) must agree, or a stored page would carry a replayed nonce or a private page a weak policy.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getRewrittenUrl, unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';
import { FILTER_PARAMS } from '@/lib/public/register-filters';

// proxy.ts loads next-intl's middleware, which Vitest cannot import (test/security/headers.test.ts); only its matcher is read here.
vi.mock('next-intl/middleware', () => ({ default: () => () => new Response(null) }));
const { config: proxyConfig } = await import('@/proxy');
const nextConfig = createRequire(import.meta.url)('../next.config.js');

const APP = path.join(import.meta.dirname, '..', 'app', '[locale]');

/** The stored public pages, as the issue lists them; everything else under app/[locale] is per request. */
const STORED = [
  '',
  'accessibility',
  'contact',
  'data',
  'decisions',
  'initiatives/[slug]',
  'meetings',
  'meetings/[slug]',
  'pillars/[slug]',
  'privacy',
  'recommendations',
  'recommendations/[ref]',
  'you-said-we-did',
];
/** Public pages rendered per request, without the proxy: the query twins and the catch-all 404. */
const PUBLIC_PER_REQUEST = [
  '[...rest]',
  'calls',
  'calls/[slug]',
  'decisions/filtered',
  'recommendations/filtered',
  'you-said-we-did/filtered',
];

function pages(dir = APP, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return entry.name === 'page.tsx' ? [prefix.replace(/\/$/, '')] : [];
    return pages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
  });
}

const exported = (file: string, name: string) => new RegExp(`^export const ${name} = ([^;]+);`, 'm').exec(readFileSync(file, 'utf8'))?.[1];

function mode(page: string): 'stored' | 'per-request' | 'undeclared' {
  if (exported(path.join(APP, page, 'page.tsx'), 'revalidate')) return 'stored';
  const segments = page.split('/').filter(Boolean);
  for (let i = segments.length; i >= 0; i--) {
    const dir = path.join(APP, ...segments.slice(0, i));
    for (const file of [path.join(dir, 'page.tsx'), path.join(dir, 'layout.tsx')]) {
      if ((i === segments.length || file.endsWith('layout.tsx')) && existsSync(file) && exported(file, 'dynamic') === "'force-dynamic'")
        return 'per-request';
    }
  }
  return 'undeclared';
}

/** An address each page answers, with sample values for its parameters. */
const address = (page: string, locale = 'en') =>
  `/${locale}/${page}`
    .replace('[ref]', 'HLED-2024-0042')
    .replace('[id]', '7')
    .replace('[slug]', 'a-slug')
    .replace('[...rest]', 'no/such/page')
    .replace(/\/$/, '');

const proxied = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config: proxyConfig, url, headers });

describe('how each page is served', () => {
  const all = pages();

  it('declares, for every page, whether it is stored or rendered per request', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((page) => mode(page) === 'undeclared')).toEqual([]);
    expect(all.filter((page) => mode(page) === 'stored').sort()).toEqual([...STORED].sort());
  });

  it('keeps stored and public per-request pages out of the proxy, and sends every other page through it', () => {
    for (const page of all) {
      for (const locale of ['en', 'es']) {
        const url = address(page, locale);
        const publicPage = STORED.includes(page) || PUBLIC_PER_REQUEST.includes(page);
        expect(proxied(url), url).toBe(!publicPage);
      }
    }
  });

  it('still runs the proxy for "/" and unprefixed addresses, next-auth, any server action and the bypass header', () => {
    for (const url of ['/', '/recommendations', '/account', '/api/auth/signin', '/api/auth/callback/credentials'])
      expect(proxied(url), url).toBe(true);
    for (const url of [
      '/en',
      '/es/recommendations/HLED-2024-0001',
      '/api/v1/pillars',
      '/api/me',
      '/_next/static/chunk.js',
      '/feed.xml',
      '/english',
    ]) {
      expect(proxied(url), url).toBe(url === '/english');
    }
    expect(proxied('/en/recommendations', { 'next-action': 'abc' })).toBe(true);
    expect(proxied('/en', { 'x-middleware-subrequest': 'proxy' })).toBe(true);
  });

  it('runs the proxy on the register with a query, for its per-address limit, and on no other public query', () => {
    for (const parameter of FILTER_PARAMS) expect(proxied(`/es/recommendations?${parameter}=x`), parameter).toBe(true);
    expect(proxied('/en/recommendations')).toBe(false);
    expect(proxied('/en/recommendations?utm_source=mail')).toBe(false);
    expect(proxied('/en/decisions?pillar=x')).toBe(false);
    expect(proxied('/en/recommendations/HLED-2024-0001?q=x')).toBe(false);
  });

  it('sends a public page with a query to its per-request twin, and leaves it stored without one', async () => {
    const rewritten = async (url: string) =>
      getRewrittenUrl(await unstable_getResponseFromNextConfig({ url: `https://tracker.example.gov${url}`, nextConfig }));
    expect(await rewritten('/en/recommendations')).toBeNull();
    expect(await rewritten('/es/recommendations?utm_source=mail')).toBeNull();
    for (const parameter of FILTER_PARAMS) {
      expect(await rewritten(`/es/recommendations?${parameter}=x`), parameter).toBe(
        `https://tracker.example.gov/es/recommendations/filtered?${parameter}=x`,
      );
    }
    for (const parameter of ['pillar', 'meeting', 'before'])
      expect(await rewritten(`/en/decisions?${parameter}=x`)).toBe(`https://tracker.example.gov/en/decisions/filtered?${parameter}=x`);
    for (const parameter of ['meeting', 'pillar', 'page'])
      expect(await rewritten(`/en/you-said-we-did?${parameter}=x`)).toBe(
        `https://tracker.example.gov/en/you-said-we-did/filtered?${parameter}=x`,
      );
    expect(await rewritten('/en/recommendations/HLED-2024-0001?q=x')).toBeNull();
  });

  it('reads in each twin only the parameters that send an address there', () => {
    const read = (file: string) => [...readFileSync(path.join(APP, file), 'utf8').matchAll(/query\.([a-z_]+)/g)].map((m) => m[1]).sort();
    expect([...new Set(read('decisions/DecisionsView.tsx'))]).toEqual(['before', 'meeting', 'pillar']);
    expect([...new Set(read('you-said-we-did/OutcomesView.tsx'))]).toEqual(['meeting', 'page', 'pillar']);
  });
});
