/**
 * Every document and source path the code's comments and the docs cite exists in the repository: a
 * reference to a file that moved, or to a document that lives somewhere else, fails here. Paths are
 * cited from the repository's root (`lib/audit.ts`, `docs/security.md`); a bare upper-case document
 * name means the root's. The repository must not need anything outside it to be understood.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, root, trackedFiles } from './source-files';

const TOP = '(?:app|lib|db|components|scripts|test|docs|e2e|bench|messages|types)';
const CITED_PATH = new RegExp(
  `(?<![\\w./@-])(${TOP}/[\\w.\\-/\\[\\]]*\\.(?:tsx?|mjs|mts|sql|md|json|conf)|[A-Z][A-Z_-]*\\.md)(?![\\w/])`,
  'g',
);

/** The repository paths a text cites. */
export function citedPaths(text: string): string[] {
  return [...text.matchAll(CITED_PATH)].map((match) => match[1]!);
}

/** Comments of a source file; the whole text of a document. */
function citingText(file: string): string {
  const text = read(file);
  if (/\.(md)$/.test(file)) return text;
  if (file.endsWith('.sql')) return [...text.matchAll(/--[^\n]*/g)].map((m) => m[0]).join('\n');
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*|\{\/\*[\s\S]*?\*\/\}/g)].map((m) => m[0]).join('\n');
}

const exists = (cited: string) => existsSync(path.join(root, cited.replace(/\[\.\.\.(\w+)\]/g, '[...$1]')));

describe('references to files', () => {
  it('finds cited paths and bare document names', () => {
    expect(citedPaths('see docs/security.md, "Sessions", and lib/triage/workflow.ts (SECURITY.md 3.4)')).toEqual([
      'docs/security.md',
      'lib/triage/workflow.ts',
      'SECURITY.md',
    ]);
    expect(citedPaths('https://example.org/docs/x.md and @/lib/a.ts')).toEqual([]);
  });

  it('every path cited in a comment or a document exists in the repository', () => {
    const files = trackedFiles().filter(
      (f) => /\.(tsx?|mjs|mts|sql|md)$/.test(f) && !f.startsWith('bench/results') && !f.startsWith('node_modules/'),
    );
    const missing = files.flatMap((file) =>
      citedPaths(citingText(file))
        .filter((cited) => !exists(cited))
        .map((cited) => `${file}: ${cited}`),
    );
    expect([...new Set(missing)].join('\n')).toBe('');
  });
});
