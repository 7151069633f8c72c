/**
 * Client components ship to the browser: they take the domain's words from db/vocabulary.ts, never from
 * the table modules in db/schema (which pull drizzle's table builders, and the server's view of the data,
 * into the client's import graph). This test walks every 'use client' file's imports, following values
 * (type-only imports vanish from the bundle) and stopping at 'use server' modules (the browser gets only
 * a reference to those), and fails if any path reaches db/schema.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, isCode, read, resolveImport, startsWithDirective, trackedFiles } from './source-files';

const isTableModule = (file: string) => file.startsWith('db/schema/') || file === 'db/schema.ts';

/** The import chains from a client file that reach a table module. */
function chainsToTables(start: string): string[] {
  const chains: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[], direct: boolean) => {
    for (const { specifier, typeOnly } of importsOf(read(file))) {
      const target = resolveImport(file, specifier);
      if (!target || (typeOnly && !direct)) continue;
      if (isTableModule(target)) {
        chains.push([...chain, target].join(' -> '));
        continue;
      }
      if (typeOnly || seen.has(target) || !isCode(target)) continue;
      seen.add(target);
      if (startsWithDirective(read(target), 'use server')) continue;
      walk(target, [...chain, target], false);
    }
  };
  walk(start, [start], true);
  return chains;
}

describe('client components and the table modules', () => {
  it('finds the client files', () => {
    const clients = trackedFiles().filter((f) => /\.tsx?$/.test(f) && startsWithDirective(read(f), 'use client'));
    expect(clients.length).toBeGreaterThan(20);
  });

  it('no client file imports db/schema, directly or through the modules it imports', () => {
    const clients = trackedFiles().filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && startsWithDirective(read(f), 'use client'));
    expect(clients.flatMap(chainsToTables)).toEqual([]);
  });
});
