/**
 * The record's dated corrections (db/seed/record/corrections.json), read and checked against the record.
 * The seed files always hold the corrected text; each correction says what an item said before, so a
 * database seeded earlier can be brought up to date (apply-corrections.ts) and the record as first
 * published can be rebuilt from today's (previousRecord), which the tests use to prove that every change
 * since then is a listed correction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { correctionSeed, type CorrectionItem, type CorrectionSeed, type RecordSeed } from './format';
import { RECORD_DIR } from './read-record';

export function readCorrections(dir = RECORD_DIR): CorrectionSeed[] {
  const parsed = z.array(correctionSeed).safeParse(JSON.parse(readFileSync(path.join(dir, 'corrections.json'), 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The record's corrections in ${dir} do not match their format:\n${lines.join('\n')}`);
  }
  const ids = parsed.data.map((c) => c.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`correction ids appear twice: ${twice.join(', ')}`);
  return parsed.data;
}

type Target = CorrectionItem['target'];
type ProgressTarget = Extract<Target, { kind: 'progress' }>;
type Item = Record<string, unknown>;

/** The fields that identify a progress update in the seed (progressSeedKey), after a correction's changes. */
export function progressIdentityAfter(target: ProgressTarget, changes: CorrectionItem['changes']): ProgressTarget {
  const after = { ...target };
  for (const change of changes) {
    if (change.path === 'date') after.date = change.after as string;
    if (change.path === 'text.en') after.textEn = change.after as string;
  }
  return after;
}

export function describeTarget(target: Target): string {
  if (target.kind === 'progress') return `progress ${target.initiative} ${target.date} "${target.textEn.slice(0, 40)}…"`;
  return target.kind === 'recommendation' ? `recommendation ${target.ref}` : `${target.kind} ${target.slug}`;
}

function listOf(record: RecordSeed, kind: Target['kind']): Item[] {
  const lists: Record<Target['kind'], Item[]> = {
    source: record.sources,
    agency: record.agencies,
    pillar: record.pillars,
    meeting: record.meetings,
    initiative: record.initiatives,
    progress: record.progress,
    recommendation: record.recommendations,
  };
  return lists[kind];
}

/** The index, in its file's array of the record, of the item a correction names (as it reads after the correction). */
export function findInRecord(record: RecordSeed, target: Target, changes: CorrectionItem['changes']): { list: Item[]; index: number } {
  const list = listOf(record, target.kind);
  let index: number;
  if (target.kind === 'progress') {
    const id = progressIdentityAfter(target, changes);
    index = record.progress.findIndex(
      (u) => u.initiative === id.initiative && u.source === id.source && u.date === id.date && u.text.en === id.textEn,
    );
  } else if (target.kind === 'recommendation') {
    index = record.recommendations.findIndex((r) => r.ref === target.ref);
  } else {
    index = list.findIndex((item) => item.slug === target.slug);
  }
  if (index < 0) throw new Error(`a correction names ${describeTarget(target)}, which the record does not hold`);
  return { list, index };
}

/** The item of today's record at a position found by undoCorrections. */
export function itemAt(record: RecordSeed, target: Target, position: number): Item {
  return listOf(record, target.kind)[position]!;
}

/** Reads a field path of a seed item; "initiatives.<slug>.…" steps into a recommendation's link to that initiative. */
export function readPath(item: Item, fieldPath: string): unknown {
  let value: unknown = item;
  for (const step of steps(fieldPath)) {
    if (value === undefined || value === null) return null;
    value = Array.isArray(value) ? value.find((entry: Item) => entry.slug === step) : (value as Item)[step];
  }
  return value ?? null;
}

/** Writes a field path of a seed item; null removes an optional field, as it was absent before. */
export function writePath(item: Item, fieldPath: string, value: unknown): void {
  const path = steps(fieldPath);
  let parent: Item = item;
  for (const step of path.slice(0, -1)) {
    const next = Array.isArray(parent) ? parent.find((entry: Item) => entry.slug === step) : parent[step];
    if (next === undefined || next === null) throw new Error(`no "${step}" on the way to ${fieldPath}`);
    parent = next as Item;
  }
  const last = path[path.length - 1]!;
  if (value === null) delete parent[last];
  else parent[last] = structuredClone(value);
}

function steps(fieldPath: string): string[] {
  return fieldPath.split('.');
}

/**
 * Undoes every listed correction, newest first: the record as it was before them (in today's format, e.g.
 * with the Spanish delegation lists empty), and for each correction item the index of the item it ends up
 * as in today's record (arrays keep their order), which is what a database seeded today holds.
 */
export function undoCorrections(record: RecordSeed, corrections: CorrectionSeed[]) {
  const earlier = structuredClone(record);
  const positions = new Map<CorrectionItem, number>();
  for (const correction of [...corrections].reverse()) {
    for (const item of [...correction.items].reverse()) {
      const { list, index } = findInRecord(earlier, item.target, item.changes);
      positions.set(item, index);
      for (const change of item.changes) writePath(list[index]!, change.path, change.before);
    }
  }
  return { earlier, positions };
}

/** Which readers a correction item concerns: a change to one language's text only, or everyone. */
export function languagesOf(changes: CorrectionItem['changes']): 'en' | 'es' | 'both' {
  const languages = new Set(changes.map((c) => (/\.en$/.test(c.path) ? 'en' : /\.es$|Es$/.test(c.path) ? 'es' : 'both')));
  return languages.size === 1 ? ([...languages][0] as 'en' | 'es' | 'both') : 'both';
}
