import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { DICTIONARY, type DictionaryTable } from './dictionary';

/** Every column of every download has a meaning on /data, in both languages; a new column without one fails here. */
describe('the data dictionary', () => {
  for (const [locale, messages] of [
    ['en', en],
    ['es', es],
  ] as const) {
    it(`explains every column of every export and snapshot in ${locale}`, () => {
      const entries = messages.evidence.dictionary.columns as Record<DictionaryTable, Record<string, string>>;
      const missing = (Object.keys(DICTIONARY) as DictionaryTable[]).flatMap((table) =>
        DICTIONARY[table].filter((column) => !entries[table]?.[column]?.trim()).map((column) => `${table}.${column}`),
      );
      expect(missing).toEqual([]);
      const stale = (Object.keys(entries) as DictionaryTable[]).flatMap((table) =>
        Object.keys(entries[table])
          .filter((column) => !(DICTIONARY[table] as readonly string[]).includes(column))
          .map((c) => `${table}.${c}`),
      );
      expect(stale, 'entries for columns no export has').toEqual([]);
    });
  }

  it('covers the 25 columns of the recommendations CSV', () => {
    expect(DICTIONARY.recommendationsCsv).toHaveLength(25);
  });
});
