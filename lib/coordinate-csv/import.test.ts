import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, milestones, progressUpdates, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { decodeCsvBytes } from './decode';
import { coordinatorCsv } from './export';
import { applyImport, previewImport } from './import';

const database = useTemporaryGlobalDatabase();
let pillarFour: CurrentUser;
let allPillars: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  const user = (email: string) => loadUser(database.db().select().from(users).where(eq(users.email, email)).get()!.id, null)!;
  pillarFour = user('coordinator.pillar4@hled.example');
  allPillars = user('coordinator.mx@hled.example');
});

const HEADER = 'record_type,pillar,initiative,id,title_en,title_es,target_date,done_date,date,kind,text_en,text_es,source_title,meeting';
const progress = (text: string, date = '2026-10-01', initiative = 'workforce-development') =>
  `progress,,${initiative},,,,,,${date},accomplishment,${text},${text} (es),Training report,`;
const file = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const problemsOf = (result: ReturnType<typeof previewImport>, row: number) =>
  result.reports.find((r) => r.row === row)?.problems.map((p) => `${p.column}:${p.key}`);

describe('checking an import', () => {
  it('accepts a sourced progress row and a new milestone, and writes nothing on preview', () => {
    const before = database.db().select().from(progressUpdates).all().length;
    const result = previewImport(
      pillarFour,
      file(progress('Trained 40 instructors.'), 'milestone,,workforce-development,,Pilot,Piloto,2027-06-30,,,,,,,'),
    );
    expect(result.reports.map((r) => r.outcome)).toEqual(['newProgress', 'newMilestone']);
    expect(result).toMatchObject({ problemCount: 0, changeCount: 2, applied: false });
    expect(database.db().select().from(progressUpdates).all()).toHaveLength(before);
  });

  it('reports a bad date, an unknown initiative and an out-of-scope pillar with their row and column', () => {
    const result = previewImport(
      pillarFour,
      file(
        progress('A.', '31/12/2026'),
        progress('B.', '2026-02-30'),
        progress('C.', '2026-10-01', 'no-such-initiative'),
        progress('D.', '2026-10-01', 'supply-chains'),
      ),
    );
    expect(problemsOf(result, 2)).toEqual(['date:validation.date']);
    expect(problemsOf(result, 3)).toEqual(['date:validation.date']);
    expect(problemsOf(result, 4)).toEqual(['initiative:evidence.csvErrors.unknownInitiative']);
    expect(problemsOf(result, 5)).toEqual(['pillar:evidence.csvErrors.outOfScope']);
    expect(result.problemCount).toBe(4);
  });

  it('refuses a row repeated in the file, and one already in the record', () => {
    const result = previewImport(pillarFour, file(progress('Same thing.'), progress('Same thing.')));
    expect(problemsOf(result, 3)).toEqual(['null:evidence.csvErrors.duplicateRow']);
    expect(result.reports[1]!.problems[0]!.values).toEqual({ row: 2 });
  });

  it("refuses formula cells, even once the export's protective apostrophe is taken off; a negative figure is a number", () => {
    const result = previewImport(
      pillarFour,
      file(
        'progress,,workforce-development,,,,,,2026-10-01,accomplishment,"=HYPERLINK(""http://evil.example"",""x"")",Texto.,Report,',
        progress("'=1+1"),
        progress('@SUM(A1)'),
      ),
    );
    expect(problemsOf(result, 2)).toContain('text_en:evidence.csvErrors.formula');
    expect(problemsOf(result, 3)).toContain('text_en:evidence.csvErrors.formula');
    expect(problemsOf(result, 4)).toContain('text_en:evidence.csvErrors.formula');
    const negative = [
      'record_type,initiative,date,kind,text_en,text_es,figure_value,figure_unit_en,figure_unit_es,source_title',
      'progress,workforce-development,2026-10-03,accomplishment,Fewer vacancies.,Menos vacantes.,-12,vacancies,vacantes,Survey',
    ].join('\n');
    expect(previewImport(pillarFour, negative).reports[0]!.outcome).toBe('newProgress');
  });

  it('requires a source, and a reason for a correction', () => {
    const noSource = `progress,,workforce-development,,,,,,2026-10-01,accomplishment,Unsourced.,Sin fuente.,,`;
    expect(problemsOf(previewImport(pillarFour, file(noSource)), 2)).toEqual(['source_title:validation.sourceRequired']);
  });

  it('reads a semicolon-separated Spanish Excel file in Windows-1252 with a decimal comma', () => {
    const text = [
      'record_type;initiative;date;kind;text_en;text_es;figure_value;figure_unit_en;figure_unit_es;source_title',
      'progress;workforce-development;2026-10-02;accomplishment;Certified workers.;Trabajadores certificados en Nuevo León.;1.250,5;hours;horas;Informe de la Secretaría',
    ].join('\r\n');
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0))); // Latin-1 = Windows-1252 for these letters
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toContain('Nuevo León');
    const result = applyImport(pillarFour, decoded);
    expect(result).toMatchObject({ applied: true, changeCount: 1 });
    const row = database.db().select().from(progressUpdates).where(eq(progressUpdates.textEn, 'Certified workers.')).get()!;
    expect(row).toMatchObject({
      figureValue: 1250.5,
      textEs: 'Trabajadores certificados en Nuevo León.',
      sourceTitle: 'Informe de la Secretaría',
    });
  });
});

describe('applying an import', () => {
  it('writes all rows or none, and audits the file', () => {
    const count = () => database.db().select().from(progressUpdates).all().length;
    const before = count();
    const failed = applyImport(pillarFour, file(progress('First of two.'), progress('Second of two.', 'not a date')));
    expect(failed.applied).toBe(false);
    expect(count()).toBe(before);
    const done = applyImport(pillarFour, file(progress('First of two.'), progress('Second of two.')));
    expect(done).toMatchObject({ applied: true, changeCount: 2 });
    expect(count()).toBe(before + 2);
    expect(database.db().select().from(auditEvents).where(eq(auditEvents.action, 'record.import')).all().length).toBeGreaterThan(0);
  });

  it('round-trips its own export unchanged, and never overwrites a recorded update', () => {
    const exported = coordinatorCsv(allPillars);
    expect(exported.charCodeAt(0)).toBe(0xfeff);
    const again = previewImport(allPillars, decodeCsvBytes(new TextEncoder().encode(exported)));
    expect(again.problemCount).toBe(0);
    expect(again.changeCount).toBe(0);
    const edited = exported.replace('First of two.', 'First of two (edited).');
    const refused = previewImport(allPillars, edited);
    expect(refused.reports.find((r) => r.outcome === 'error')!.problems[0]!.key).toBe('evidence.csvErrors.progressNotEditable');
  });

  it('changes a milestone by its number, and marks it done', () => {
    applyImport(pillarFour, file('milestone,,workforce-development,,Round two,Segunda ronda,2027-01-31,,,,,,,'));
    const stone = database.db().select().from(milestones).where(eq(milestones.titleEn, 'Round two')).get()!;
    const result = applyImport(
      pillarFour,
      file(`milestone,,workforce-development,${stone.id},Round two,Segunda ronda,2027-01-31,2026-11-01,,,,,,`),
    );
    expect(result.reports[0]!.outcome).toBe('milestoneChanged');
    expect(database.db().select().from(milestones).where(eq(milestones.id, stone.id)).get()!.doneDate).toBe('2026-11-01');
  });
});
