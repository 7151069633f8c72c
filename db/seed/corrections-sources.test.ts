/**
 * Each correction of the record, checked where readers meet it: in a database seeded before the corrections and
 * brought up to date by the seed, and in a database seeded today. The table names, per correction, the source
 * document's file and the line the correction follows, and what the seeded field now says, written out here
 * rather than read back from corrections.json. (corrections.test.ts checks each quote at its line when
 * HLED_SOURCES_DIR points at the text copies.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import type { CorrectionTarget } from '../schema/record';
import { readField } from './correction-fields';
import { findInRecord, readCorrections, readPath, undoCorrections } from './corrections';
import { SPANISH_CORRECTIONS } from './corrections-sources-spanish.table';
import { RECORD_CORRECTIONS } from './corrections-sources.table';
import { readRecordSeed } from './read-record';
import { seedRecord } from './seed-record';

const record = readRecordSeed();
const corrections = readCorrections();
const CORRECTIONS_BY_SOURCE_LINE = [...RECORD_CORRECTIONS, ...SPANISH_CORRECTIONS];
const fileOf = (document: string) => record.sources.find((s) => s.slug === document)!.file;

type Seeded = ReturnType<typeof createTempDatabase>;
let upgraded: Seeded;
let fresh: Seeded;

beforeAll(() => {
  const { earlier } = undoCorrections(record, corrections);
  const old = createTempDatabase({ seed: false });
  seedRecord(old.db, earlier, []);
  seedRecord(old.db, record, corrections);
  upgraded = old;
  fresh = createTempDatabase();
});
afterAll(() => {
  upgraded?.dispose();
  fresh?.dispose();
});

type Recorded = { kind: CorrectionTarget; targetId: number; outcome: string; correctedOn: string };
/** The rows a database recorded for one correction, one per corrected item, in the correction's order. */
function recorded(db: Seeded['db'], correctionId: string): Recorded[] {
  return db.$client
    .prepare(
      'select target_kind kind, target_id targetId, outcome, corrected_on correctedOn from record_corrections where correction_id = ? order by id',
    )
    .all(correctionId) as Recorded[];
}

// Lists of agency slugs are sets.
const comparable = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);

function seededValue(db: Seeded['db'], correctionId: string, item: number, path: string): unknown {
  const row = recorded(db, correctionId)[item];
  expect(row, `${correctionId} item ${item} is recorded`).toBeDefined();
  return comparable(readField(db, row!.kind, row!.targetId, path));
}

// The append-only history keeps a published response as it was published: a database seeded earlier keeps it.
const inHistory = (path: string) => path.startsWith('publicResponse.');

describe('each correction, by the source line it follows, in the seeded database', () => {
  const rows = CORRECTIONS_BY_SOURCE_LINE.map((row) => [`${row.correction}: ${row.file} ${row.line}, ${row.path}`, row] as const);

  it.each(rows)('%s', (_name, row) => {
    const correction = corrections.find((c) => c.id === row.correction);
    expect(correction, row.correction).toBeDefined();
    expect([fileOf(correction!.source!.document), correction!.source!.line]).toEqual([row.file, row.line]);

    const databases = inHistory(row.path) ? { fresh } : { upgraded, fresh };
    for (const [label, seeded] of Object.entries(databases)) {
      const value = seededValue(seeded.db, row.correction, row.item ?? 0, row.path);
      if ('is' in row) expect(value, label).toEqual(comparable(row.is));
      if (row.has) expect(value, label).toContain(row.has);
      if (row.lacks) expect(value, label).not.toContain(row.lacks);
    }
    // A database seeded before the correction met it once, on the correction's date.
    const met = recorded(upgraded.db, row.correction)[row.item ?? 0]!;
    expect([met.outcome, met.correctedOn]).toEqual([inHistory(row.path) ? 'kept' : 'applied', correction!.date]);
  });
});

describe('every listed correction', () => {
  const { positions } = undoCorrections(record, corrections);
  const named = corrections.map((c) => ({
    correction: c,
    name: `${c.id} follows ${c.source ? `${fileOf(c.source.document)} ${c.source.line}` : c.authority}`,
  }));

  it.each(named.map(({ name, correction }) => [name, correction] as const))(
    '%s: both databases hold what the record holds today',
    (_name, correction) => {
      correction.items.forEach((item, n) => {
        const { list, index } = findInRecord(record, item.target, item.changes);
        expect(index, `${correction.id} item ${n}`).toBe(positions.get(item));
        for (const change of item.changes) {
          const today = comparable(readPath(list[index]!, change.path));
          expect(seededValue(fresh.db, correction.id, n, change.path), `${correction.id} ${change.path} (fresh)`).toEqual(today);
          if (!inHistory(change.path))
            expect(seededValue(upgraded.db, correction.id, n, change.path), `${correction.id} ${change.path} (upgraded)`).toEqual(today);
        }
      });
    },
  );

  it('are each in the table above when they follow a source line and are announced', () => {
    const tabled = new Set(CORRECTIONS_BY_SOURCE_LINE.map((row) => row.correction));
    const missing = corrections.filter((c) => c.source && c.public && !tabled.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
  });
});
