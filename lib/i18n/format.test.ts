import { describe, expect, it } from 'vitest';
import { formatFigure } from './format';
import { calendarDate, localized } from './localized';

describe('figures', () => {
  it('groups thousands with commas in both languages, as Mexico and the United States read them', () => {
    expect(formatFigure(1_500_000, 'en')).toBe('1,500,000');
    expect(formatFigure(1_500_000, 'es')).toBe('1,500,000');
    expect(formatFigure(5106, 'es')).toBe('5,106');
  });

  it('keeps up to two decimals', () => {
    expect(formatFigure(12.5, 'en')).toBe('12.5');
    expect(formatFigure(2 / 3, 'es')).toBe('0.67');
  });
});

describe('bilingual fields', () => {
  const row = { titleEn: 'Supply chains', titleEs: 'Cadenas de suministro', noteEn: 'Only English', noteEs: null };

  it("picks the visitor's language", () => {
    expect(localized(row, 'title', 'en')).toBe('Supply chains');
    expect(localized(row, 'title', 'es')).toBe('Cadenas de suministro');
  });

  it('falls back to the other language rather than showing nothing', () => {
    expect(localized(row, 'note', 'es')).toBe('Only English');
  });

  it('reads calendar dates without shifting the day in any time zone', () => {
    expect(calendarDate('2021-09-09').toISOString().slice(0, 10)).toBe('2021-09-09');
  });
});
