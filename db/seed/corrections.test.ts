import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInRecord, readCorrections, readPath, undoCorrections } from './corrections';
import { readRecordSeed } from './read-record';
import { recordHash } from './seed-record';

const record = readRecordSeed();
const corrections = readCorrections();

/**
 * The record as first published (commit b0260f2), by the loader's own hash. Undoing every listed correction
 * must give it back: no change since then goes unlisted, so none reaches a database silently.
 */
const FIRST_PUBLISHED_RECORD_HASH = '1a6a1b5341c9320a2de60fdd72d94bb3950e96617af5a9fc42de64c79969a0b7';

describe("the record's corrections", () => {
  it('account for every change since the record was first published', () => {
    const { earlier } = undoCorrections(record, corrections);
    // The first published record had no Spanish delegation lists (the format added them, empty by default).
    for (const meeting of earlier.meetings as Record<string, unknown>[]) {
      expect([meeting.usLeadsEs, meeting.mxLeadsEs]).toEqual([[], []]);
      delete meeting.usLeadsEs;
      delete meeting.mxLeadsEs;
    }
    expect(recordHash(earlier)).toBe(FIRST_PUBLISHED_RECORD_HASH);
  });

  it('are each dated, explained in both languages, and follow a named source line or naming authority', () => {
    for (const c of corrections) {
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.what.en.length, c.id).toBeGreaterThan(20);
      expect(c.what.es.length, c.id).toBeGreaterThan(20);
      expect(Boolean(c.source?.line || c.authority), c.id).toBe(true);
      if (c.source)
        expect(
          record.sources.map((s) => s.slug),
          c.id,
        ).toContain(c.source.document);
    }
  });

  it('leave the record holding the value of the last correction of each field', () => {
    const { positions } = undoCorrections(record, corrections);
    const last = new Map<string, { after: unknown; item: (typeof corrections)[number]['items'][number] }>();
    for (const c of corrections) {
      for (const item of c.items) {
        for (const change of item.changes)
          last.set(`${item.target.kind} ${positions.get(item)} ${change.path}`, { after: change.after, item });
      }
    }
    expect(last.size).toBeGreaterThan(0);
    for (const [key, { after, item }] of last) {
      const { list, index } = findInRecord(record, item.target, item.changes);
      expect(index, key).toBe(positions.get(item));
      expect(readPath(list[index]!, key.split(' ')[2]!), key).toEqual(after);
    }
  });

  // The five source documents are kept outside the project; point HLED_SOURCES_DIR at their text copies to check
  // that every correction quotes its source at the line it names.
  it.skipIf(!process.env.HLED_SOURCES_DIR)('quote each source at the line they name', () => {
    const normalize = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
    for (const c of corrections.filter((c) => c.source)) {
      const file = record.sources.find((s) => s.slug === c.source!.document)!.file;
      const lines = readFileSync(path.join(process.env.HLED_SOURCES_DIR!, file), 'utf8').split('\n');
      const [first, last] = c.source!.line.slice(1).split(/[-–]/).map(Number);
      expect(normalize(lines.slice(first! - 1, last ?? first).join(' ')), c.id).toContain(normalize(c.source!.quote));
    }
  });
});
