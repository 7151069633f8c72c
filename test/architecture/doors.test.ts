/**
 * Each trail has one door: history rows are written by db/history.ts (`appendHistory`) and audit rows by
 * lib/audit.ts (`recordAudit`). A hand-written insert elsewhere could forget who acted, in which role, or
 * whether the public sees it; this test fails when one appears. Tests and the measuring tools (the
 * benchmark under bench/, scripts/measure-*.ts), which write fixtures into throwaway databases in bulk,
 * may insert directly.
 */
import { describe, expect, it } from 'vitest';
import { isCode, isTest, read, trackedFiles } from './source-files';

const DOORS: Record<string, string> = { historyEvents: 'db/history.ts', auditEvents: 'lib/audit.ts' };

/** The trail tables a source inserts into, by drizzle or by SQL. */
export function trailInserts(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\.insert\(\s*(?:\w+\.)?(historyEvents|auditEvents)\s*\)/g)) found.push(match[1]!);
  for (const match of source.matchAll(/insert\s+(?:or\s+\w+\s+)?into\s+["`]?(history_events|audit_events)\b/gi)) {
    found.push(match[1]!.toLowerCase() === 'history_events' ? 'historyEvents' : 'auditEvents');
  }
  return found;
}

describe('the doors of the history and the audit log', () => {
  it('recognises an insert written by hand, in drizzle or in SQL', () => {
    expect(trailInserts('tx.insert(historyEvents).values({})')).toEqual(['historyEvents']);
    expect(trailInserts('db.insert(schema.auditEvents)\n  .values({})')).toEqual(['auditEvents']);
    expect(trailInserts("db.run(sql`INSERT INTO history_events (kind) VALUES ('x')`)")).toEqual(['historyEvents']);
    expect(trailInserts('appendHistory(tx, { kind: "edited" })')).toEqual([]);
  });

  it('is the only place in the code that inserts into each trail', () => {
    const strays: string[] = [];
    for (const file of trackedFiles().filter(
      (f) => isCode(f) && !isTest(f) && !f.startsWith('bench/') && !f.startsWith('scripts/measure-'),
    )) {
      for (const table of trailInserts(read(file))) if (DOORS[table] !== file) strays.push(`${file}: ${table}`);
    }
    expect(strays).toEqual([]);
  });
});
