/**
 * Turns what a person typed into a safe FTS5 query: each word becomes a quoted prefix term, so FTS5
 * syntax in the input (quotes, *, NEAR, AND, parentheses) is searched as text, never run as syntax.
 */
export function ftsQuery(input: string, mode: 'all' | 'any' = 'all'): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(mode === 'all' ? ' AND ' : ' OR ');
}
