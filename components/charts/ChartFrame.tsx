import { getTranslations } from 'next-intl/server';
import type { ComponentProps, ReactNode } from 'react';
import { ChartTable } from './ChartTable';
import { ChartLegend, SwatchPatterns, type Swatch } from './swatches';

/** What every chart is given: an id (prefix of its element ids), its heading, and a sentence saying what it shows. */
export type ChartFrameProps = {
  id: string;
  heading: string;
  headingLevel: 2 | 3;
  /** One or two sentences that say what the chart shows, for everyone (and the SVG's description). */
  summary: string;
};

type Props = ChartFrameProps & {
  series: { key: string; label: string; swatch: Swatch }[];
  /** The chart itself, or null when there is nothing to draw yet. */
  chart: ReactNode;
  /** The same numbers, offered as a table below the chart. */
  table: Omit<ComponentProps<typeof ChartTable>, 'caption'>;
};

/** A chart with its heading, a text summary, a legend, and its data as a table a keyboard can open. */
export async function ChartFrame({ id, heading, headingLevel, summary, series, chart, table }: Props) {
  const t = await getTranslations('charts');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="chart__heading">
        {heading}
      </Heading>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      {chart ? (
        <>
          <ChartLegend chartId={id} items={series} />
          {chart}
          <details className="chart__data">
            <summary>{t('showTable')}</summary>
            <ChartTable caption={heading} {...table} />
          </details>
        </>
      ) : null}
    </figure>
  );
}

type SvgProps = {
  id: string;
  heading: string;
  width: number;
  height: number;
  series: { key: string; swatch: Swatch }[];
  children: ReactNode;
};

/** The drawing itself: an image named by the chart's heading, described by its summary, that scales to its container. */
export function ChartSvg({ id, heading, width, height, series, children }: SvgProps) {
  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
    >
      <title id={`${id}-title`}>{heading}</title>
      <defs>
        <SwatchPatterns chartId={id} swatches={Object.fromEntries(series.map((s) => [s.key, s.swatch]))} />
      </defs>
      {children}
    </svg>
  );
}
