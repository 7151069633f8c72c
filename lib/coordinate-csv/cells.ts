/**
 * Spreadsheet safety and spreadsheet habits, both ways. A cell that starts with = + - @ (or a tab or
 * carriage return) is a formula to Excel and LibreOffice: the export writes it with a leading apostrophe
 * so it opens as text, and the import takes that apostrophe off again. A cell that still looks like a
 * formula on import is refused rather than stored, so it never reaches another coordinator's spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell as typed, with the export's protective apostrophe removed. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A negative number (in a number column) is not a formula; anything else starting like one is. */
export function looksLikeFormula(value: string, numeric: boolean): boolean {
  if (numeric && /^-\d+([.,]\d+)?$/.test(value)) return false;
  return FORMULA_START.test(value);
}

/**
 * A figure as a Spanish-locale spreadsheet writes it in a semicolon-separated file ("1.500.000,5"):
 * dots group thousands and the comma is the decimal mark. Returned as the forms take it ("1500000.5").
 */
export function figureFromSemicolonFile(value: string): string {
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(value) && !/^-?\d+(,\d+)?$/.test(value)) return value;
  return value.replace(/\./g, '').replace(',', '.');
}
