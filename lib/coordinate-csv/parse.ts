/**
 * Reading a coordinator's CSV with papaparse: comma- or semicolon-separated (a Spanish-locale Excel
 * writes semicolons), with or without a byte-order mark, quoted cells with line breaks. Row numbers are
 * the spreadsheet's: the header is row 1. Problems found here (an unknown column, a malformed row, a
 * formula) are reported with their row and column; nothing is guessed.
 */
import Papa from 'papaparse';
import { figureFromSemicolonFile, looksLikeFormula, unescapeFormula } from './cells';
import { CSV_COLUMNS, type CsvColumn, type CsvRow } from './columns';

export type CsvProblem = { row: number; column: CsvColumn | string | null; key: string; values?: Record<string, string | number> };
export type ParsedCsv = { rows: { row: number; cells: CsvRow }[]; problems: CsvProblem[]; delimiter: string };

/** At most this many rows per import, so one file cannot hold the write lock for long. */
export const MAX_IMPORT_ROWS = 2000;
const NUMERIC: ReadonlySet<CsvColumn> = new Set(['figure_value', 'id', 'corrects']);
const KNOWN: ReadonlySet<string> = new Set(CSV_COLUMNS);

const problem = (row: number, column: string | null, key: string, values?: CsvProblem['values']): CsvProblem => ({
  row,
  column,
  key: `evidence.csvErrors.${key}`,
  ...(values ? { values } : {}),
});

export function parseCoordinatorCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const delimiter = result.meta.delimiter;
  const headers = result.meta.fields ?? [];
  const problems: CsvProblem[] = [];
  for (const header of headers) if (!KNOWN.has(header)) problems.push(problem(1, header, 'unknownColumn', { column: header }));
  for (const required of ['record_type', 'initiative'] as const)
    if (!headers.includes(required)) problems.push(problem(1, required, 'missingColumn', { column: required }));
  if (result.data.length > MAX_IMPORT_ROWS) problems.push(problem(1, null, 'tooManyRows', { max: MAX_IMPORT_ROWS }));
  if (problems.length > 0) return { rows: [], problems, delimiter };

  for (const error of result.errors) {
    if (error.row !== undefined && error.code !== 'UndetectableDelimiter') problems.push(problem(error.row + 2, null, 'malformedRow'));
  }
  const rows = result.data.slice(0, MAX_IMPORT_ROWS).map((raw, index) => {
    const row = index + 2;
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((column) => {
        let value = unescapeFormula((raw[column] ?? '').trim());
        if (looksLikeFormula(value, NUMERIC.has(column))) problems.push(problem(row, column, 'formula'));
        if (column === 'figure_value' && delimiter === ';') value = figureFromSemicolonFile(value);
        return [column, value];
      }),
    ) as CsvRow;
    return { row, cells };
  });
  return { rows, problems, delimiter };
}
