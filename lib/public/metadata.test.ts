import { describe, expect, it } from 'vitest';
import { publicBaseUrl } from '@/lib/config';
import { alternates, fitTitle, MAX_TITLE_LENGTH, TITLE_SEPARATOR } from './metadata';

describe('page titles', () => {
  const suffix = 'Seguimiento del DEAN';

  it('keep a short title whole', () => {
    expect(fitTitle('Reuniones', suffix)).toBe('Reuniones');
  });

  it('cut a long one at a word boundary so that title and site name fit in 70 characters', () => {
    const long = 'HLED-2026-0009: Conectividad 5G para clínicas rurales en la frontera norte y en el sur de México';
    const fitted = fitTitle(long, suffix);
    expect(`${fitted}${TITLE_SEPARATOR}${suffix}`.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(fitted).toMatch(/^HLED-2026-0009: Conectividad 5G para clínicas\S*…$/);
    expect(fitted).not.toMatch(/\s…$/);
  });

  it('cut a single overlong word rather than leave it too long', () => {
    expect(fitTitle('x'.repeat(100), 'HLED Stakeholder Tracker').length).toBe(
      MAX_TITLE_LENGTH - TITLE_SEPARATOR.length - 'HLED Stakeholder Tracker'.length,
    );
  });
});

describe('language alternates', () => {
  it('name each language, the page itself as canonical, and the English page as x-default', () => {
    const base = publicBaseUrl();
    expect(alternates('es', '/meetings')).toEqual({
      canonical: `${base}/es/meetings`,
      languages: { en: `${base}/en/meetings`, es: `${base}/es/meetings`, 'x-default': `${base}/en/meetings` },
    });
    expect(alternates('en', '/')?.canonical).toBe(`${base}/en`);
  });
});
