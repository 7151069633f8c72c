/**
 * The coordinators' CSV: one file, one row per initiative, milestone or progress update, told apart by
 * `record_type`. The export writes these columns and the import reads the same ones (client-safe: no
 * database). Initiative rows are context for the spreadsheet and are not imported; milestone rows add or
 * change milestones; progress rows with no `id` add progress updates (or corrections, with `corrects`).
 */
export const CSV_COLUMNS = [
  'record_type',
  'pillar',
  'initiative',
  'id',
  'title_en',
  'title_es',
  'state',
  'state_changed_on',
  'target_date',
  'done_date',
  'date',
  'kind',
  'text_en',
  'text_es',
  'figure_value',
  'figure_unit_en',
  'figure_unit_es',
  'meeting',
  'source_title',
  'source_date',
  'source_url',
  'corrects',
  'correction_reason_en',
  'correction_reason_es',
  'recorded_by',
  'recorded_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

export const RECORD_TYPES = ['initiative', 'milestone', 'progress'] as const;

/** The form field each column feeds, so a validation error on a field is reported on its column. */
export const PROGRESS_FIELDS: Partial<Record<CsvColumn, string>> = {
  initiative: 'initiative',
  date: 'date',
  meeting: 'meeting',
  kind: 'kind',
  text_en: 'textEn',
  text_es: 'textEs',
  figure_value: 'figureValue',
  figure_unit_en: 'figureUnitEn',
  figure_unit_es: 'figureUnitEs',
  source_title: 'sourceTitle',
  source_date: 'sourceDate',
  source_url: 'sourceUrl',
  corrects: 'corrects',
  correction_reason_en: 'correctionReasonEn',
  correction_reason_es: 'correctionReasonEs',
};

export const MILESTONE_FIELDS: Partial<Record<CsvColumn, string>> = {
  initiative: 'initiative',
  id: 'id',
  title_en: 'titleEn',
  title_es: 'titleEs',
  target_date: 'targetDate',
  done_date: 'doneDate',
};

/** The form's values from a row: each field from its column. */
export function fieldsOf(row: CsvRow, fields: Partial<Record<CsvColumn, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([column, field]) => [field, row[column as CsvColumn]]));
}

/** The column a form field's error belongs to. */
export function columnOf(field: string, fields: Partial<Record<CsvColumn, string>>): CsvColumn | null {
  const hit = Object.entries(fields).find(([, name]) => name === field);
  return hit ? (hit[0] as CsvColumn) : null;
}
