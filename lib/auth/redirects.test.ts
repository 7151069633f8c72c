import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_PATH_MAX_LENGTH, safeReturnPath } from './redirects';

describe('the return path carried through sign-up and the confirmation e-mail', () => {
  it('keeps a page of this site in either language, with its query', () => {
    expect(safeReturnPath('/es/submit')).toBe('/es/submit');
    expect(safeReturnPath('/en')).toBe('/en');
    expect(safeReturnPath('/en/recommendations?pillar=building-back-together&page=2')).toBe(
      '/en/recommendations?pillar=building-back-together&page=2',
    );
  });

  it('refuses another host, another scheme, a path outside /en and /es, and anything too long', () => {
    const hostile = [
      'https://evil.example/en/submit',
      '//evil.example/en',
      '/\\evil.example',
      '/en\\..\\evil',
      'javascript:alert(1)',
      '/english/submit',
      '/fr/submit',
      '/api/v1/recommendations',
      '/en/x\u0000y',
      'en/submit',
      '',
      `/en/${'a'.repeat(RETURN_PATH_MAX_LENGTH)}`,
    ];
    for (const candidate of hostile) expect(safeReturnPath(candidate), candidate).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });

  it('never answers with anything but a path under /en or /es on this site (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/en${s}`),
          fc.string().map((s) => `//${s}`),
        ),
        (candidate) => {
          const path = safeReturnPath(candidate);
          if (path === null) return;
          expect(path).toMatch(/^\/(en|es)($|[/?#])/);
          expect(new URL(path, 'https://hled.example').host).toBe('hled.example');
        },
      ),
      { numRuns: 2000 },
    );
    // 1.5 s on an idle machine; far more when builds share its two cores.
  }, 30_000);
});
