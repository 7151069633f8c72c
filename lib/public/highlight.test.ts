import { describe, expect, it } from 'vitest';
import { highlightAll, highlightSnippet, queryWords } from './highlight';
import { MARK_END as E, MARK_START as S } from './marks';

describe('search highlights', () => {
  it('marks words by their beginning, ignoring case and accents, the way the index matched them', () => {
    const words = queryWords('ENERGIA front');
    expect(highlightAll('Energía limpia en la frontera norte', words)).toBe(`${S}Energía${E} limpia en la ${S}frontera${E} norte`);
    expect(highlightAll('Afrontar la energía', words)).toBe(`Afrontar la ${S}energía${E}`);
  });

  it('cuts a long text around the first match at word boundaries', () => {
    const text = `${'palabra '.repeat(100)}frontera ${'otra '.repeat(100)}`.trim();
    const snippet = highlightSnippet(text, queryWords('frontera'), 120)!;
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain(`${S}frontera${E}`);
    expect(snippet.length).toBeLessThanOrEqual(125);
  });

  it('shows markup as text, and leaves a text without matches as it is', () => {
    expect(highlightAll('<script>alert(1)</script>', queryWords('script'))).toBe(`<${S}script${E}>alert(1)</${S}script${E}>`);
    expect(highlightSnippet('nothing here', queryWords('zzz'))).toBe('nothing here');
  });
});
