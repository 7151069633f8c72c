/**
 * The layers run one way: app -> lib -> db. The database layer (schema, migrations' runner, seeds,
 * vocabulary) never imports application code, so it can be opened by scripts and tests on its own.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, isCode, isTest, read, resolveImport, trackedFiles } from './source-files';

describe('the layers', () => {
  it('db/ imports nothing from lib/ or app/', () => {
    const upward = trackedFiles()
      .filter((file) => file.startsWith('db/') && isCode(file) && !isTest(file))
      .flatMap((file) =>
        importsOf(read(file))
          .map(({ specifier }) => resolveImport(file, specifier))
          .filter((target): target is string => target !== null && (target.startsWith('lib/') || target.startsWith('app/')))
          .map((target) => `${file} -> ${target}`),
      );
    expect(upward).toEqual([]);
  });
});
