/**
 * The coordinator's CSV export: the initiatives of their pillars, each followed by its milestones and its
 * progress updates, in the import's columns. UTF-8 with a byte-order mark (Excel reads the accents
 * right), CRLF line ends, and formula-looking cells written as text.
 */
import 'server-only';
import Papa from 'papaparse';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, meetings, milestones, pillars, progressUpdates, sources } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { escapeFormula } from './cells';
import { CSV_COLUMNS, type CsvRow } from './columns';

const emptyRow = (): CsvRow => Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow;
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function coordinatorRows(user: CurrentUser): CsvRow[] {
  const db = getDb();
  const kept = db
    .select({ initiative: initiatives, pillarSlug: pillars.slug, pillarNumber: pillars.number })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .orderBy(asc(pillars.number), asc(initiatives.slug))
    .all()
    .filter((row) => mayActOnPillar(user, row.initiative.pillarId));
  const ids = kept.map((row) => row.initiative.id);
  if (ids.length === 0) return [];
  const allMilestones = db.select().from(milestones).where(inArray(milestones.initiativeId, ids)).orderBy(asc(milestones.id)).all();
  const allProgress = db
    .select({
      progress: progressUpdates,
      meetingSlug: meetings.slug,
      document: { title: sources.titleEn, date: sources.date, url: sources.url },
    })
    .from(progressUpdates)
    .leftJoin(meetings, eq(meetings.id, progressUpdates.meetingId))
    // A seeded update cites a source document of the record: exported in the same source columns.
    .leftJoin(sources, eq(sources.id, progressUpdates.sourceId))
    .where(inArray(progressUpdates.initiativeId, ids))
    .orderBy(asc(progressUpdates.date), asc(progressUpdates.id))
    .all();
  return kept.flatMap(({ initiative, pillarSlug }) => {
    const base = { pillar: pillarSlug, initiative: initiative.slug };
    const head: CsvRow = {
      ...emptyRow(),
      ...base,
      record_type: 'initiative',
      title_en: initiative.titleEn,
      title_es: initiative.titleEs,
      state: initiative.state,
      state_changed_on: text(initiative.stateChangedOn),
    };
    const milestoneRows = allMilestones
      .filter((m) => m.initiativeId === initiative.id)
      .map((m): CsvRow => ({
        ...emptyRow(),
        ...base,
        record_type: 'milestone',
        id: String(m.id),
        title_en: m.titleEn,
        title_es: m.titleEs,
        target_date: text(m.targetDate),
        done_date: text(m.doneDate),
      }));
    const progressRows = allProgress
      .filter(({ progress }) => progress.initiativeId === initiative.id)
      .map(({ progress: p, meetingSlug, document }): CsvRow => ({
        ...emptyRow(),
        ...base,
        record_type: 'progress',
        id: String(p.id),
        date: p.date,
        kind: p.kind,
        text_en: p.textEn,
        text_es: p.textEs,
        figure_value: text(p.figureValue),
        figure_unit_en: text(p.figureUnitEn),
        figure_unit_es: text(p.figureUnitEs),
        meeting: text(meetingSlug),
        source_title: text(p.sourceTitle ?? document?.title),
        source_date: text(p.sourceDate ?? document?.date),
        source_url: text(p.sourceUrl ?? document?.url),
        corrects: text(p.correctsId),
        correction_reason_en: text(p.correctionReasonEn),
        correction_reason_es: text(p.correctionReasonEs),
        recorded_by: text(p.recordedBy),
        recorded_at: p.createdAt.toISOString(),
      }));
    return [head, ...milestoneRows, ...progressRows];
  });
}

export function coordinatorCsv(user: CurrentUser): string {
  const rows = coordinatorRows(user).map((row) => CSV_COLUMNS.map((column) => escapeFormula(row[column])));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
