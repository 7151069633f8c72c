/**
 * Brings a database up to date with the record's dated corrections, once each. A correction a database
 * has not met yet is applied to the item it names where the item still holds the earlier text, left
 * alone where someone has edited it since, and in every case recorded in record_corrections with what it
 * did, so the public pages can show a correction note beside the item and a later start changes nothing.
 */
import { eq } from 'drizzle-orm';
import * as schema from '../schema';
import type { CorrectionOutcome, CorrectionTarget } from '../schema/record';
import { HISTORY_FIELD, readField, writeField, type Db } from './correction-fields';
import { describeTarget, itemAt, languagesOf, progressIdentityAfter, readPath, undoCorrections } from './corrections';
import type { CorrectionItem, CorrectionSeed, RecordSeed } from './format';

type ChangeOutcome = 'applied' | 'already_correct' | 'kept_edited' | 'kept_history';
type Located = { kind: CorrectionTarget; id: number };
export type CorrectionsSummary = Record<CorrectionOutcome, number>;

/** The fields of the seed that identify a progress update, hashed (db/seed/seed-record.ts keeps the same key). */
export type ProgressKey = (identity: { initiative: string; source: string; date: string; textEn: string }) => string;

const TABLES = {
  source: schema.sources,
  agency: schema.agencies,
  pillar: schema.pillars,
  meeting: schema.meetings,
  initiative: schema.initiatives,
} as const;

function locateBySlugOrRef(db: Db, target: CorrectionItem['target']): Located | null {
  if (target.kind === 'progress') return null;
  if (target.kind === 'recommendation') {
    const row = db
      .select({ id: schema.recommendations.id })
      .from(schema.recommendations)
      .where(eq(schema.recommendations.ref, target.ref))
      .get();
    return row ? { kind: 'recommendation', id: row.id } : null;
  }
  const table = TABLES[target.kind];
  const row = db.select({ id: table.id }).from(table).where(eq(table.slug, target.slug)).get();
  return row ? { kind: target.kind, id: row.id } : null;
}

function locateProgress(db: Db, seedKey: string): Located | null {
  const row = db
    .select({ id: schema.progressUpdates.id })
    .from(schema.progressUpdates)
    .where(eq(schema.progressUpdates.seedKey, seedKey))
    .get();
  return row ? { kind: 'progress', id: row.id } : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
// Lists of agency slugs are sets; an absent optional field reads as null.
const normalize = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value].sort() : (value ?? null);

/**
 * Applies an item's changes where the database still holds the earlier text. `holdsNow` gives, for a row
 * seeded after the correction, the text the record holds today (a later correction may have changed the
 * same field again), which is what that row must hold.
 */
function applyChanges(db: Db, at: Located, changes: CorrectionItem['changes'], holdsNow?: unknown[]) {
  return changes.map((change, i) => {
    const current = readField(db, at.kind, at.id, change.path);
    let outcome: ChangeOutcome;
    if (same(current, holdsNow ? holdsNow[i] : change.after)) outcome = 'already_correct';
    else if (HISTORY_FIELD.test(change.path)) outcome = 'kept_history';
    else if (!same(current, change.before)) outcome = 'kept_edited';
    else outcome = writeField(db, at.kind, at.id, change.path, change.after) ? 'applied' : 'kept_history';
    return { ...change, outcome };
  });
}

function itemOutcome(changes: { outcome: ChangeOutcome }[]): CorrectionOutcome {
  if (changes.some((c) => c.outcome === 'applied')) return 'applied';
  return changes.every((c) => c.outcome === 'already_correct') ? 'already_correct' : 'kept';
}

/**
 * Runs inside the seed's transaction, around the insertion of missing items: `insertMissing` adds what the
 * database lacks, after the corrections were applied to what it had, so a corrected progress update is
 * found under its new key instead of being added a second time.
 */
export function seedWithCorrections(
  db: Db,
  record: RecordSeed,
  corrections: CorrectionSeed[],
  progressKey: ProgressKey,
  insertMissing: () => void,
): CorrectionsSummary {
  const recorded = new Set(
    db
      .selectDistinct({ id: schema.recordCorrections.correctionId })
      .from(schema.recordCorrections)
      .all()
      .map((r) => r.id),
  );
  const pending = corrections.filter((c) => !recorded.has(c.id));
  const done = new Map<CorrectionItem, { at: Located; changes: ReturnType<typeof applyChanges> }>();

  for (const correction of pending) {
    for (const item of correction.items) {
      const { target } = item;
      const at = target.kind === 'progress' ? locateProgress(db, progressKey(target)) : locateBySlugOrRef(db, target);
      if (!at) continue; // not in this database yet: it is inserted below, already corrected
      done.set(item, { at, changes: applyChanges(db, at, item.changes) });
      if (target.kind === 'progress') {
        // The key follows the identifying fields, so the seed recognizes the corrected update.
        db.update(schema.progressUpdates)
          .set({ seedKey: progressKey(progressIdentityAfter(target, item.changes)) })
          .where(eq(schema.progressUpdates.id, at.id))
          .run();
      }
    }
  }

  insertMissing();

  const { positions } = undoCorrections(record, pending);
  const summary: CorrectionsSummary = { applied: 0, already_correct: 0, kept: 0 };
  for (const correction of pending) {
    for (const item of correction.items) {
      let result = done.get(item);
      if (!result) {
        const position = positions.get(item)!;
        const at = locateToday(db, record, item, position, progressKey);
        const today = itemAt(record, item.target, position);
        result = {
          at,
          changes: applyChanges(
            db,
            at,
            item.changes,
            item.changes.map((c) => readPath(today, c.path)),
          ),
        };
      }
      const outcome = itemOutcome(result.changes);
      summary[outcome] += 1;
      recordCorrection(db, correction, item, result.at, outcome, result.changes);
    }
  }
  return summary;
}

function locateToday(db: Db, record: RecordSeed, item: CorrectionItem, position: number, progressKey: ProgressKey): Located {
  let at: Located | null;
  if (item.target.kind === 'progress') {
    const u = record.progress[position]!;
    at = locateProgress(db, progressKey({ initiative: u.initiative, source: u.source, date: u.date, textEn: u.text.en }));
  } else {
    at = locateBySlugOrRef(db, item.target);
  }
  if (!at) throw new Error(`a correction names ${describeTarget(item.target)}, which the database does not hold after seeding`);
  return at;
}

function recordCorrection(
  db: Db,
  correction: CorrectionSeed,
  item: CorrectionItem,
  at: Located,
  outcome: CorrectionOutcome,
  changes: { path: string; before: unknown; after: unknown; outcome: ChangeOutcome }[],
) {
  const source = correction.source
    ? db.select({ id: schema.sources.id }).from(schema.sources).where(eq(schema.sources.slug, correction.source.document)).get()
    : undefined;
  db.insert(schema.recordCorrections)
    .values({
      correctionId: correction.id,
      correctedOn: correction.date,
      targetKind: at.kind,
      targetId: at.id,
      outcome,
      languages: languagesOf(item.changes),
      isPublic: correction.public,
      noteEn: correction.what.en,
      noteEs: correction.what.es,
      sourceId: source?.id ?? null,
      sourceLine: correction.source?.line ?? null,
      sourceQuote: correction.source?.quote ?? null,
      changes,
    })
    .run();
}
