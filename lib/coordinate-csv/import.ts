/**
 * The import's two steps. The preview checks every row and writes nothing. The apply checks again inside
 * one IMMEDIATE transaction and writes every change or none: a single problem (or a refusal from a
 * writer) rolls the whole file back. One audit entry names the file's changes; each change is audited
 * by its writer too, and notes the news for the submitters concerned.
 */
import 'server-only';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { insertProgress, saveMilestoneIn } from '@/lib/record/record-progress';
import { type CheckedImport, checkRows, type RowReport } from './check-rows';
import { parseCoordinatorCsv } from './parse';

export type ImportResult = { applied: boolean; reports: RowReport[]; changeCount: number; problemCount: number; initiatives: string[] };

function summary(checked: CheckedImport, applied: boolean): ImportResult {
  return {
    applied,
    reports: checked.reports,
    changeCount: checked.changes.length,
    problemCount: checked.problemCount,
    initiatives: [...new Set(checked.changes.map((change) => change.input.initiative))],
  };
}

export function previewImport(user: CurrentUser, text: string): ImportResult {
  const parsed = parseCoordinatorCsv(text);
  const checked = getDb().transaction((tx) => checkRows(tx, user, parsed));
  return withFileProblems(summary(checked, false), parsed.problems);
}

export function applyImport(user: CurrentUser, text: string, now = new Date()): ImportResult {
  const parsed = parseCoordinatorCsv(text);
  const result = getDb().transaction(
    (tx) => {
      const checked = checkRows(tx, user, parsed);
      if (checked.problemCount > 0 || parsed.rows.length === 0 || checked.changes.length === 0) return summary(checked, false);
      const written = checked.changes.map((change) =>
        change.kind === 'progress'
          ? { progressUpdateId: insertProgress(tx, user, change.input, now).id }
          : { milestoneId: saveMilestoneIn(tx, user, change.input, now) },
      );
      recordAudit(tx, user.id, 'record.import', { type: 'initiative', id: 'csv-import' }, { rows: parsed.rows.length, written });
      return summary(checked, true);
    },
    { behavior: 'immediate' },
  );
  if (result.applied) logEvent('record.csv_imported', { userId: user.id, changes: result.changeCount });
  return withFileProblems(result, parsed.problems);
}

/** Problems of the file itself (header row 1: an unknown or missing column) are reported as a row of their own. */
function withFileProblems(result: ImportResult, problems: ReturnType<typeof parseCoordinatorCsv>['problems']): ImportResult {
  const header = problems.filter((p) => p.row === 1);
  if (header.length === 0) return result;
  const headerReport: RowReport = { row: 1, recordType: '', initiative: '', outcome: 'error', problems: header };
  return { ...result, applied: false, reports: [headerReport, ...result.reports], problemCount: result.problemCount + 1 };
}
