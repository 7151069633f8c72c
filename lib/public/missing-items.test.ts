import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { answerMissingItems, isMissingPublicItem, normalizeReference } from './missing-items';

useTemporaryGlobalDatabase();

describe('an item page that names nothing', () => {
  it('is told apart from one that names a public item, in either language', () => {
    expect(isMissingPublicItem('/en/pillars/nope')).toBe(true);
    expect(isMissingPublicItem('/es/initiatives/nope')).toBe(true);
    expect(isMissingPublicItem('/en/meetings/nope')).toBe(true);
    expect(isMissingPublicItem('/en/recommendations/HLED-0000-0000')).toBe(true);
    expect(isMissingPublicItem('/en/recommendations/not-a-ref')).toBe(true);
    expect(isMissingPublicItem('/en/recommendations/%E0%A4%A')).toBe(true);
    expect(isMissingPublicItem('/en/pillars/building-back-together')).toBe(false);
    expect(isMissingPublicItem('/es/meetings/2023-09-29-ministerial')).toBe(false);
    expect(isMissingPublicItem('/en/recommendations/hled-2023-0001')).toBe(false);
    // Not an item page: other checks answer those.
    expect(isMissingPublicItem('/en/recommendations')).toBe(false);
    expect(isMissingPublicItem('/fr/pillars/nope')).toBe(false);
  });

  it('reads a reference the way the page does: any case, percent-encoded', () => {
    expect(normalizeReference('hled-2026-0042')).toBe('HLED-2026-0042');
    expect(normalizeReference('HLED%2D2026%2D0042')).toBe('HLED-2026-0042');
    expect(normalizeReference('HLED-26-1')).toBeNull();
  });

  it('continues to the page with status 404, keeping what the locale routing set', async () => {
    const handler = answerMissingItems(() => {
      const response = NextResponse.next();
      response.headers.set('x-test', 'kept');
      return response;
    });
    const missing = await handler(new NextRequest('http://localhost/en/pillars/nope'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-middleware-next')).toBe('1');
    expect(missing.headers.get('x-test')).toBe('kept');
    expect((await handler(new NextRequest('http://localhost/en/pillars/building-back-together'))).status).toBe(200);
    const redirect = answerMissingItems(() => NextResponse.redirect('http://localhost/en/pillars/nope'));
    expect((await redirect(new NextRequest('http://localhost/EN/pillars/nope'))).status).toBe(307);
  });
});
