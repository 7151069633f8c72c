/**
 * How each series of a chart is told apart: a colour with at least 4.5:1 contrast against white
 * (WCAG 1.4.11 asks 3:1 of graphics; 4.5:1 also keeps white numbers on them readable) and a pattern,
 * so no one has to tell colours apart. Every chart also names its series in a text legend.
 */
import type { PublicStatus } from '@/lib/public/register-filters';

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'vertical' | 'crosshatch' | 'antidiagonal' | 'grid';
export type Swatch = { color: string; pattern: PatternKind };

export const STATUS_SWATCHES: Record<PublicStatus, Swatch> = {
  received: { color: '#4b5563', pattern: 'dots' },
  under_review: { color: '#0e7490', pattern: 'horizontal' },
  accepted: { color: '#1d4ed8', pattern: 'vertical' },
  in_progress: { color: '#b45309', pattern: 'diagonal' },
  implemented: { color: '#15803d', pattern: 'solid' },
  not_adopted: { color: '#b91c1c', pattern: 'crosshatch' },
  merged: { color: '#7e22ce', pattern: 'antidiagonal' },
  withdrawn: { color: '#1f2937', pattern: 'grid' },
};

export const ACTIVITY_SWATCHES = {
  submitted: { color: '#1d4ed8', pattern: 'dots' },
  implemented: STATUS_SWATCHES.implemented,
} satisfies Record<string, Swatch>;

export const PROGRESS_SWATCHES = {
  accomplishments: { color: '#0b4f8a', pattern: 'solid' },
  intentions: { color: '#b45309', pattern: 'diagonal' },
} satisfies Record<string, Swatch>;

const TILE = 6;
const LINE = { stroke: '#ffffff', strokeWidth: 1.4, strokeOpacity: 0.85 };

function marks(pattern: PatternKind) {
  switch (pattern) {
    case 'diagonal':
      return <path d={`M-1,1 l2,-2 M0,${TILE} l${TILE},-${TILE} M${TILE - 1},${TILE + 1} l2,-2`} {...LINE} />;
    case 'antidiagonal':
      return <path d={`M-1,${TILE - 1} l2,2 M0,0 l${TILE},${TILE} M${TILE - 1},-1 l2,2`} {...LINE} />;
    case 'horizontal':
      return <path d={`M0,${TILE / 2} h${TILE}`} {...LINE} />;
    case 'vertical':
      return <path d={`M${TILE / 2},0 v${TILE}`} {...LINE} />;
    case 'crosshatch':
      return <path d={`M0,0 l${TILE},${TILE} M${TILE},0 l-${TILE},${TILE}`} {...LINE} strokeWidth={1} />;
    case 'grid':
      return <path d={`M0,${TILE / 2} h${TILE} M${TILE / 2},0 v${TILE}`} {...LINE} strokeWidth={1} />;
    case 'dots':
      return <circle cx={TILE / 2} cy={TILE / 2} r={1.2} fill="#ffffff" fillOpacity={0.9} />;
    default:
      return null;
  }
}

/** The id of a series' fill, unique to its chart so two charts on a page never share an id. */
export const fillId = (chartId: string, key: string) => `${chartId}-fill-${key}`;

/** The <pattern> definitions of a chart's series, to put in its <defs>. */
export function SwatchPatterns({ chartId, swatches }: { chartId: string; swatches: Record<string, Swatch> }) {
  return (
    <>
      {Object.entries(swatches).map(([key, { color, pattern }]) => (
        <pattern key={key} id={fillId(chartId, key)} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
          <rect width={TILE} height={TILE} fill={color} />
          {marks(pattern)}
        </pattern>
      ))}
    </>
  );
}

/** A chart's legend: each series' swatch beside its name, as text. */
export function ChartLegend({ chartId, items }: { chartId: string; items: { key: string; label: string; swatch: Swatch }[] }) {
  return (
    <ul className="chart__legend">
      {items.map(({ key, label, swatch }) => (
        <li key={key}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${fillId(chartId, key)})`} stroke={swatch.color} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
