import { getLocale } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  caption: string;
  /** The header of the first column, naming what a row is (e.g. "Pillar", "Quarter"). */
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; values: number[] }[];
};

/** Counts as a real table: a caption, column and row headers with their scope, figures in the locale's format. */
export async function ChartTable({ caption, rowHeader, columns, rows }: Props) {
  const locale = (await getLocale()) as Locale;
  return (
    <table className="table chart__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, i) => (
              <td key={columns[i]?.key ?? i}>{formatFigure(value, locale)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
