/**
 * Turns what a person typed into a safe and bounded FTS5 query: each word becomes a quoted term, so
 * FTS5 syntax in the input (quotes, *, NEAR, AND, parentheses) is searched as text, never run as syntax.
 *
 * Words are matched by their beginning ("front" finds "frontera"), within bounds that keep one search
 * cheap on 100,000 items, because anyone may send one:
 * - at most MAX_TERMS distinct words (case and accents ignored) are searched;
 * - a word shorter than MIN_PREFIX_LENGTH is matched whole: a one-letter prefix has no prefix index
 *   (the indexes are built with prefix='2 3') and would make FTS5 merge the lists of every word that
 *   starts with that letter, about a quarter of a second each on 100,000 items;
 * - at most MAX_PREFIX_TERMS words are matched by their beginning; the rest are matched whole.
 */
export const MAX_TERMS = 8;
export const MAX_PREFIX_TERMS = 4;
export const MIN_PREFIX_LENGTH = 2;

export type SearchTerm = {
  /** The word as typed (after Unicode normalization), quoted into the query. */
  word: string;
  /** Lower case, accents removed: how the index compares it, and how the highlighter does. */
  folded: string;
  /** Matched by its beginning rather than whole. */
  prefix: boolean;
};

export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search, as the query and the highlighter both read them. */
export function searchTerms(input: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  let prefixes = 0;
  for (const word of input.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldWord(word);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    const prefix = [...folded].length >= MIN_PREFIX_LENGTH && prefixes < MAX_PREFIX_TERMS;
    if (prefix) prefixes++;
    terms.push({ word, folded, prefix });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

export function ftsQuery(input: string, mode: 'all' | 'any' = 'all'): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.word.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`).join(mode === 'all' ? ' AND ' : ' OR ');
}
