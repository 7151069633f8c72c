import { describe, expect, it } from 'vitest';
import { highlightAll, queryWords } from '@/lib/public/highlight';
import { MARK_END as E, MARK_START as S } from '@/lib/public/marks';
import { ftsQuery, MAX_PREFIX_TERMS, MAX_TERMS, searchTerms } from './fts-query';

describe('the full-text query (M5: its cost is bounded)', () => {
  it('matches words by their beginning, quoted so that FTS5 syntax is searched as text', () => {
    expect(ftsQuery('front aduana')).toBe('"front"* AND "aduana"*');
    expect(ftsQuery('NEAR(a "b")', 'any')).toBe('"NEAR"* OR "a" OR "b"');
    expect(ftsQuery('¿?¡!')).toBeNull();
  });

  it('searches a one-letter word whole: a one-letter prefix has no index and costs a scan of every word with that letter', () => {
    expect(ftsQuery('a')).toBe('"a"');
    expect(ftsQuery('5 G')).toBe('"5" AND "G"');
    expect(ftsQuery('5G')).toBe('"5G"*');
  });

  it(`keeps at most ${MAX_TERMS} distinct words, ${MAX_PREFIX_TERMS} of them as prefixes`, () => {
    expect(ftsQuery('a b c d e f g h i j k l')).toBe('"a" AND "b" AND "c" AND "d" AND "e" AND "f" AND "g" AND "h"');
    expect(ftsQuery('ab cd ef gh ij kl mn op qr st')).toBe('"ab"* AND "cd"* AND "ef"* AND "gh"* AND "ij" AND "kl" AND "mn" AND "op"');
    // The same word in another case or with accents counts once.
    expect(ftsQuery('Energía energia ENERGIA frontera')).toBe('"Energía"* AND "frontera"*');
  });

  it('gives the highlighter the same words, matched the same way', () => {
    expect(queryWords('a fronte')).toEqual(searchTerms('a fronte'));
    expect(highlightAll('a la frontera, la aduana', queryWords('a fronte'))).toBe(`${S}a${E} la ${S}frontera${E}, la aduana`);
  });
});
