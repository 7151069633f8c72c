/**
 * What each row of a coordinator's CSV would do, checked against the record: the same zod schemas as the
 * forms, then what only the database knows (the initiative exists and is in the coordinator's pillars,
 * the meeting exists, the corrected entry or the milestone belongs to the initiative, the row is not a
 * duplicate). Runs inside a transaction, so the preview and the apply see the same record.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { initiatives, meetings, milestones, pillars, progressUpdates } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { milestoneSchema, progressSchema } from '@/lib/record/initiative-schemas';
import type { MilestoneInput, ProgressInput } from '@/lib/record/record-progress';
import { columnOf, type CsvRow, fieldsOf, MILESTONE_FIELDS, PROGRESS_FIELDS, RECORD_TYPES } from './columns';
import type { CsvProblem, ParsedCsv } from './parse';

export const OUTCOMES = ['newProgress', 'correction', 'newMilestone', 'milestoneChanged', 'unchanged', 'notImported', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type RowReport = { row: number; recordType: string; initiative: string; outcome: Outcome; problems: CsvProblem[] };
export type PlannedChange = { kind: 'progress'; input: ProgressInput } | { kind: 'milestone'; input: MilestoneInput };
export type CheckedImport = { reports: RowReport[]; changes: PlannedChange[]; problemCount: number };

type Found = { id: number; slug: string; pillarId: number; pillarSlug: string };
const csvProblem = (row: number, column: string | null, key: string, values?: CsvProblem['values']): CsvProblem => ({
  row,
  column,
  key: `evidence.csvErrors.${key}`,
  ...(values ? { values } : {}),
});

function zodProblems(row: number, error: z.ZodError, fields: Partial<Record<keyof CsvRow, string>>): CsvProblem[] {
  return error.issues.map((issue) => {
    const [key, limit] = issue.message.split('|');
    return {
      row,
      column: columnOf(String(issue.path[0] ?? ''), fields),
      key: `validation.${key}`,
      ...(limit ? { values: { max: Number(limit), min: Number(limit) } } : {}),
    };
  });
}

export function checkRows(tx: Tx, user: CurrentUser, parsed: ParsedCsv): CheckedImport {
  const cache = new Map<string, Found | null>();
  const findInitiative = (slug: string): Found | null => {
    if (!cache.has(slug)) {
      const found = tx
        .select({ id: initiatives.id, slug: initiatives.slug, pillarId: initiatives.pillarId, pillarSlug: pillars.slug })
        .from(initiatives)
        .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
        .where(eq(initiatives.slug, slug))
        .get();
      cache.set(slug, found ?? null);
    }
    return cache.get(slug)!;
  };
  const seen = new Map<string, number>();
  const changes: PlannedChange[] = [];
  const reports = parsed.rows.map(({ row, cells }): RowReport => {
    const problems = parsed.problems.filter((p) => p.row === row);
    const report = (outcome: Outcome, more: CsvProblem[] = []): RowReport => {
      const all = [...problems, ...more];
      return { row, recordType: cells.record_type, initiative: cells.initiative, outcome: all.length ? 'error' : outcome, problems: all };
    };
    if (!(RECORD_TYPES as readonly string[]).includes(cells.record_type))
      return report('error', [csvProblem(row, 'record_type', 'recordType')]);
    const initiative = findInitiative(cells.initiative);
    if (!initiative) return report('error', [csvProblem(row, 'initiative', 'unknownInitiative')]);
    if (!mayActOnPillar(user, initiative.pillarId)) return report('error', [csvProblem(row, 'pillar', 'outOfScope')]);
    if (cells.pillar && cells.pillar !== initiative.pillarSlug)
      return report('error', [csvProblem(row, 'pillar', 'pillarMismatch', { pillar: initiative.pillarSlug })]);
    if (cells.record_type === 'initiative') return report('notImported');
    const checked =
      cells.record_type === 'progress' ? checkProgress(tx, row, cells, initiative) : checkMilestone(tx, row, cells, initiative);
    if (checked.change && problems.length === 0 && checked.problems.length === 0) {
      const key = `${cells.record_type}|${checked.duplicateKey}`;
      const first = seen.get(key);
      if (first !== undefined) return report('error', [csvProblem(row, null, 'duplicateRow', { row: first })]);
      seen.set(key, row);
      changes.push(checked.change);
    }
    return report(checked.outcome, checked.problems);
  });
  return { reports, changes, problemCount: reports.filter((r) => r.outcome === 'error').length };
}

type RowCheck = { outcome: Outcome; problems: CsvProblem[]; change?: PlannedChange; duplicateKey?: string };

function checkProgress(tx: Tx, row: number, cells: CsvRow, initiative: Found): RowCheck {
  if (cells.id) {
    const stored = tx
      .select()
      .from(progressUpdates)
      .where(eq(progressUpdates.id, Number(cells.id)))
      .get();
    if (!stored || stored.initiativeId !== initiative.id) return { outcome: 'error', problems: [csvProblem(row, 'id', 'unknownProgress')] };
    const same =
      stored.date === cells.date && stored.textEn === cells.text_en && stored.textEs === cells.text_es && stored.kind === cells.kind;
    return same ? { outcome: 'unchanged', problems: [] } : { outcome: 'error', problems: [csvProblem(row, 'id', 'progressNotEditable')] };
  }
  const parsed = progressSchema.safeParse(fieldsOf(cells, PROGRESS_FIELDS));
  if (!parsed.success) return { outcome: 'error', problems: zodProblems(row, parsed.error, PROGRESS_FIELDS) };
  const input = parsed.data;
  const problems: CsvProblem[] = [];
  if (input.meeting && !tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, input.meeting)).get())
    problems.push(csvProblem(row, 'meeting', 'unknownMeeting'));
  if (input.figureValue && !(input.figureUnitEn || input.figureUnitEs)) problems.push(csvProblem(row, 'figure_unit_en', 'figureNeedsUnit'));
  if (input.corrects) {
    const target = tx
      .select({ initiativeId: progressUpdates.initiativeId })
      .from(progressUpdates)
      .where(eq(progressUpdates.id, Number(input.corrects)))
      .get();
    if (target?.initiativeId !== initiative.id) problems.push(csvProblem(row, 'corrects', 'unknownProgress'));
  }
  const recorded = tx
    .select({ id: progressUpdates.id })
    .from(progressUpdates)
    .where(
      and(eq(progressUpdates.initiativeId, initiative.id), eq(progressUpdates.date, input.date), eq(progressUpdates.textEn, input.textEn)),
    )
    .get();
  if (recorded) problems.push(csvProblem(row, 'text_en', 'alreadyRecorded'));
  return {
    outcome: input.corrects ? 'correction' : 'newProgress',
    problems,
    change: { kind: 'progress', input },
    duplicateKey: `${initiative.id}|${input.date}|${input.textEn}`,
  };
}

function checkMilestone(tx: Tx, row: number, cells: CsvRow, initiative: Found): RowCheck {
  const parsed = milestoneSchema.safeParse(fieldsOf(cells, MILESTONE_FIELDS));
  if (!parsed.success) return { outcome: 'error', problems: zodProblems(row, parsed.error, MILESTONE_FIELDS) };
  const input = parsed.data;
  if (!input.id)
    return {
      outcome: 'newMilestone',
      problems: [],
      change: { kind: 'milestone', input },
      duplicateKey: `${initiative.id}|${input.titleEn}`,
    };
  const stored = tx
    .select()
    .from(milestones)
    .where(eq(milestones.id, Number(input.id)))
    .get();
  if (!stored || stored.initiativeId !== initiative.id) return { outcome: 'error', problems: [csvProblem(row, 'id', 'unknownMilestone')] };
  const same =
    stored.titleEn === input.titleEn &&
    stored.titleEs === input.titleEs &&
    (stored.targetDate ?? '') === (input.targetDate ?? '') &&
    (stored.doneDate ?? '') === (input.doneDate ?? '');
  if (same) return { outcome: 'unchanged', problems: [] };
  return { outcome: 'milestoneChanged', problems: [], change: { kind: 'milestone', input }, duplicateKey: `id|${input.id}` };
}
