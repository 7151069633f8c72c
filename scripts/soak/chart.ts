/**
 * The soak's chart, as a small standalone SVG: resident memory (and heap used) on top, the reads' p99
 * latency per sampling window below, minutes along the bottom, the warm-up shaded.
 */
type Series = { label: string; color: string; points: { x: number; y: number }[] };
type Panel = { title: string; unit: string; series: Series[] };

const WIDTH = 760;
const PANEL_HEIGHT = 170;
const LEFT = 56;
const RIGHT = 16;
const TOP = 28;
const GAP = 44;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function panel(p: Panel, top: number, maxX: number, warmupMinutes: number): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const maxY = niceMax(Math.max(...p.series.flatMap((s) => s.points.map((pt) => pt.y)).filter(Number.isFinite)));
  const x = (v: number) => LEFT + (v / maxX) * plotWidth;
  const y = (v: number) => top + PANEL_HEIGHT - (v / maxY) * PANEL_HEIGHT;
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const value = maxY * f;
    return `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/><text x="${LEFT - 6}" y="${y(value) + 4}" text-anchor="end">${Math.round(value)}</text>`;
  });
  const lines = p.series.map((s) => {
    const d = s.points
      .filter((pt) => Number.isFinite(pt.y))
      .map((pt) => `${x(pt.x).toFixed(1)},${y(pt.y).toFixed(1)}`)
      .join(' ');
    return `<polyline fill="none" stroke="${s.color}" stroke-width="1.6" points="${d}"/>`;
  });
  const legend = p.series.map((s, i) => `<text x="${LEFT + 260 + i * 150}" y="${top - 8}" fill="${s.color}">■ ${esc(s.label)}</text>`);
  return [
    `<rect x="${LEFT}" y="${top}" width="${x(warmupMinutes) - LEFT}" height="${PANEL_HEIGHT}" fill="#f3f3f3"/>`,
    ...grid,
    `<text x="${LEFT}" y="${top - 8}" font-weight="bold">${esc(p.title)} (${esc(p.unit)})</text>`,
    ...legend,
    ...lines,
  ].join('\n');
}

export function soakChart(options: { title: string; minutes: number; warmupMinutes: number; panels: Panel[] }): string {
  const height = TOP + options.panels.length * (PANEL_HEIGHT + GAP) + 10;
  const bottom = TOP + options.panels.length * (PANEL_HEIGHT + GAP) - GAP + 16;
  const ticks = Array.from(
    { length: Math.floor(options.minutes / Math.max(1, Math.ceil(options.minutes / 10))) + 1 },
    (_, i) => i * Math.max(1, Math.ceil(options.minutes / 10)),
  );
  const plotWidth = WIDTH - LEFT - RIGHT;
  const axis = ticks.map((m) => `<text x="${LEFT + (m / options.minutes) * plotWidth}" y="${bottom}" text-anchor="middle">${m}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height + 20}" viewBox="0 0 ${WIDTH} ${height + 20}" font-family="sans-serif" font-size="11" role="img" aria-label="${esc(options.title)}">`,
    `<title>${esc(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="14" font-size="13" font-weight="bold">${esc(options.title)}</text>`,
    ...options.panels.map((p, i) => panel(p, TOP + 18 + i * (PANEL_HEIGHT + GAP), options.minutes, options.warmupMinutes)),
    ...axis,
    `<text x="${WIDTH / 2}" y="${bottom + 16}" text-anchor="middle">minutes (warm-up shaded)</text>`,
    '</svg>',
    '',
  ].join('\n');
}
