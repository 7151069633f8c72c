import { getLocale } from 'next-intl/server';
import { formatFigure } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { ChartFrame, ChartSvg, type ChartFrameProps } from './ChartFrame';
import { CHART_FONT, columnLayout, labelEvery, niceScale, round, textWidth } from './layout';
import { fillId, type Swatch } from './swatches';

/**
 * A point of the horizontal axis: a short name under its columns, the larger period it belongs to (a
 * year), written under the first label shown in each, and its full name for the table.
 */
export type ColumnCategory = { key: string; short: string; group: string; label: string };
export type ColumnSeries = { key: string; label: string; swatch: Swatch; values: number[] };

type Props = ChartFrameProps & {
  /** The header of the table's first column, naming what a category is (e.g. "Quarter"). */
  categoryHeader: string;
  categories: ColumnCategory[];
  series: ColumnSeries[];
};

const WIDTH = 400;
const HEIGHT = 250;
const TOP = 22;
const BOTTOM = 44;
const FONT = CHART_FONT;

/** Columns side by side for each category, on a value axis from zero, each labelled with its value. */
export async function ColumnChart({ categoryHeader, categories, series, ...frame }: Props) {
  const { id, heading } = frame;
  const locale = (await getLocale()) as Locale;
  const n = (value: number) => formatFigure(value, locale);
  const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const left = round(Math.max(...scale.ticks.map((tick) => textWidth(n(tick), FONT))) + 8);
  const plotWidth = WIDTH - left - 4;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => round(TOP + plotHeight - (value / scale.max) * plotHeight);
  const layout = columnLayout(categories.length, series.length, plotWidth);
  const widest = Math.max(0, ...categories.flatMap((c) => [textWidth(c.short, FONT), textWidth(c.group, FONT)]));
  const every = labelEvery(widest + 4, layout.groupWidth);
  const shown = categories.map((_, c) => c % every === 0);
  const groupShown = categories.map(
    (category, c) => shown[c] && categories.findIndex((other, o) => shown[o] && other.group === category.group) === c,
  );
  const chart =
    categories.length > 0 ? (
      <ChartSvg id={id} heading={heading} width={WIDTH} height={HEIGHT} series={series}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#d5dbe3" strokeWidth={tick === 0 ? 0 : 1} />
            <text x={left - 6} y={y(tick) + 5} fontSize={FONT} textAnchor="end" fill="currentColor">
              {n(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, c) => (
          <g key={category.key}>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              const x = round(left + layout.barX(c, i));
              const label = n(value);
              return value > 0 ? (
                <g key={s.key}>
                  <rect
                    x={x}
                    y={y(value)}
                    width={round(Math.max(layout.barWidth - 1, 1))}
                    height={round(y(0) - y(value))}
                    fill={`url(#${fillId(id, s.key)})`}
                  >
                    <title>{`${category.label}, ${s.label}: ${label}`}</title>
                  </rect>
                  {textWidth(label, FONT) <= layout.barWidth + 6 ? (
                    <text x={round(x + layout.barWidth / 2)} y={y(value) - 4} fontSize={FONT} textAnchor="middle" fill="currentColor">
                      {label}
                    </text>
                  ) : null}
                </g>
              ) : null;
            })}
            {shown[c] ? (
              <text x={round(left + layout.center(c))} y={TOP + plotHeight + 17} fontSize={FONT} textAnchor="middle" fill="currentColor">
                {category.short}
                {groupShown[c] && category.group ? (
                  <tspan x={round(left + layout.center(c))} dy={17}>
                    {category.group}
                  </tspan>
                ) : null}
              </text>
            ) : null}
          </g>
        ))}
        <line x1={left} x2={WIDTH} y1={y(0)} y2={y(0)} stroke="currentColor" strokeWidth={1.5} />
      </ChartSvg>
    ) : null;
  return (
    <ChartFrame
      {...frame}
      series={series}
      chart={chart}
      table={{
        rowHeader: categoryHeader,
        columns: series,
        rows: categories.map((category, c) => ({ key: category.key, label: category.label, values: series.map((s) => s.values[c] ?? 0) })),
      }}
    />
  );
}
