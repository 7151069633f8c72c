import { getLocale, getTranslations } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { ChartFrame, ChartSvg, type ChartFrameProps } from './ChartFrame';
import { CHART_FONT, round, stackSegments, textWidth, wrapLabel } from './layout';
import { fillId, type Swatch } from './swatches';

export type StackedRow<K extends string> = { key: string; label: string; values: Record<K, number> };
export type ChartSeries<K extends string> = { key: K; label: string; swatch: Swatch };

type Props<K extends string> = ChartFrameProps & {
  /** The header of the table's first column, naming what a row is (e.g. "Pillar"). */
  rowHeader: string;
  rows: StackedRow<K>[];
  series: ChartSeries<K>[];
};

const WIDTH = 400;
const TOTAL_ROOM = 52;
const FONT = CHART_FONT;
const LINE = 19;
const BAR = 24;

/** Horizontal bars, one per row, each split into its series; the total at the end of each bar. */
export async function StackedBarChart<K extends string>({ rowHeader, rows, series, ...frame }: Props<K>) {
  const { id, heading } = frame;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('charts');
  const n = (value: number) => formatFigure(value, locale);
  const keys = series.map((s) => s.key);
  const totals = rows.map((row) => keys.reduce((sum, key) => sum + (row.values[key] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const plot = WIDTH - TOTAL_ROOM;
  let y = 0;
  const laidOut = rows.map((row, i) => {
    const lines = wrapLabel(row.label, Math.floor(WIDTH / (FONT * 0.56)));
    const top = y;
    const barY = top + lines.length * LINE + 4;
    y = barY + BAR + 16;
    return { row, lines, top, barY, total: totals[i]!, segments: stackSegments(row.values, keys, max, plot) };
  });
  const height = Math.max(y - 10, 1);
  const chart =
    rows.length > 0 ? (
      <ChartSvg id={id} heading={heading} width={WIDTH} height={height} series={series}>
        {laidOut.map(({ row, lines, top, barY, total, segments }) => (
          <g key={row.key}>
            <text x={0} y={top + FONT} fontSize={FONT} fill="currentColor">
              {lines.map((line, i) => (
                <tspan key={i} x={0} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect x={0} y={barY} width={plot} height={BAR} fill="#f3f5f8" />
            {segments.map((segment) => {
              const label = n(segment.value);
              const { label: name, swatch } = series.find((s) => s.key === segment.key)!;
              return (
                <g key={segment.key}>
                  <rect x={round(segment.x)} y={barY} width={round(segment.width)} height={BAR} fill={`url(#${fillId(id, segment.key)})`}>
                    <title>{`${name}: ${label}`}</title>
                  </rect>
                  {textWidth(label, FONT) + 6 <= segment.width ? (
                    <text
                      x={round(segment.x + segment.width / 2)}
                      y={barY + BAR / 2 + 5}
                      fontSize={FONT}
                      fontWeight={700}
                      textAnchor="middle"
                      fill="#ffffff"
                      stroke={swatch.color}
                      strokeWidth={3}
                      paintOrder="stroke"
                    >
                      {label}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text
              x={round((max > 0 ? (total / max) * plot : 0) + 6)}
              y={barY + BAR / 2 + 5}
              fontSize={FONT}
              fontWeight={700}
              fill="currentColor"
            >
              {n(total)}
            </text>
          </g>
        ))}
      </ChartSvg>
    ) : null;
  return (
    <ChartFrame
      {...frame}
      series={series}
      chart={chart}
      table={{
        rowHeader,
        columns: [...series, { key: 'total', label: t('total') }],
        rows: rows.map((row, i) => ({ key: row.key, label: row.label, values: [...keys.map((key) => row.values[key] ?? 0), totals[i]!] })),
      }}
    />
  );
}
