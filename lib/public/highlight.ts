/**
 * Marks the words of a text that a search matched, the way the search index matched them: case and
 * accents ignored, each query word matching the beginning of a word or, where the search matches it whole
 * (lib/search/fts-query.ts), the whole word. Done here for the 25 items shown
 * rather than by FTS5's highlight(), which re-reads every match of the query (40 ms for a common word).
 */
import { foldWord, searchTerms, type SearchTerm } from '@/lib/search/fts-query';
import { MARK_END, MARK_START } from './marks';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query as ftsQuery searches them: folded, each matched by its beginning or whole. */
export function queryWords(query: string): SearchTerm[] {
  return searchTerms(query);
}

type Span = { start: number; end: number };

function matches(text: string, words: SearchTerm[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (words.some((w) => (w.prefix ? folded.startsWith(w.folded) : folded === w.folded)))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function mark(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += `${text.slice(at, start)}${MARK_START}${text.slice(start, end)}${MARK_END}`;
    at = end;
  }
  return out + text.slice(at);
}

/** The whole text with its matches marked (for titles). */
export function highlightAll(text: string | null, words: SearchTerm[]): string | null {
  return text === null ? null : mark(text, matches(text, words));
}

/** About `length` characters around the first match, cut at word boundaries, with matches marked (for texts). */
export function highlightSnippet(text: string | null, words: SearchTerm[], length = 280): string | null {
  if (text === null) return null;
  const spans = matches(text, words);
  const first = spans[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const inside = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ start: s.start - start, end: s.end - start }));
  return `${start > 0 ? '…' : ''}${mark(text.slice(start, end), inside)}${end < text.length ? '…' : ''}`;
}
