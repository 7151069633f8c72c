/**
 * The arithmetic of the server-rendered charts, kept apart from the markup so it can be tested:
 * a readable value axis, stacked segments, column positions and labels that fit.
 */

/** An axis from 0 to a round maximum, in steps of 1, 2 or 5 times a power of ten (about `target` steps). */
export function niceScale(max: number, target = 4): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  );
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Math.round(t));
  return { max: top, ticks };
}

export type Segment<K extends string> = { key: K; value: number; x: number; width: number };

/**
 * Lays the non-zero values of one bar end to end, in the order of `keys`, on a scale where `max`
 * fills `width`. A small gap separates neighbours so segments stay distinct without colour.
 */
export function stackSegments<K extends string>(
  values: Record<K, number>,
  keys: readonly K[],
  max: number,
  width: number,
  gap = 1.5,
): Segment<K>[] {
  const scale = max > 0 ? width / max : 0;
  const segments: Segment<K>[] = [];
  let x = 0;
  for (const key of keys) {
    const value = values[key] ?? 0;
    if (value <= 0) continue;
    const full = value * scale;
    segments.push({ key, value, x, width: Math.max(full - gap, 1) });
    x += full;
  }
  return segments;
}

/** Where each group of columns sits, and how wide each column is, across a plot `width` wide. */
export function columnLayout(groups: number, perGroup: number, width: number, maxBar = 22) {
  const groupWidth = groups > 0 ? width / groups : width;
  const barWidth = Math.min(maxBar, (groupWidth * 0.8) / Math.max(perGroup, 1));
  const barsWidth = barWidth * perGroup;
  return {
    groupWidth,
    barWidth,
    barX: (group: number, bar: number) => group * groupWidth + (groupWidth - barsWidth) / 2 + bar * barWidth,
    center: (group: number) => group * groupWidth + groupWidth / 2,
  };
}

/** Show every n-th category label when labels `labelWidth` wide would overlap in groups `groupWidth` wide. */
export function labelEvery(labelWidth: number, groupWidth: number): number {
  return Math.max(1, Math.ceil(labelWidth / Math.max(groupWidth, 1)));
}

/** Splits a label into at most `lines` lines of about `chars` characters, at spaces, ending with … if cut. */
export function wrapLabel(text: string, chars: number, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = words[i++]!;
    while (i < words.length && `${line} ${words[i]}`.length <= chars) line += ` ${words[i++]}`;
    out.push(line.length > chars ? `${line.slice(0, chars - 1)}…` : line);
  }
  const last = out.length - 1;
  if (i < words.length && !out[last]!.endsWith('…')) out[last] = `${out[last]!.slice(0, chars - 1)}…`;
  return out;
}

/**
 * The size of every label in the charts, in SVG units of a 400-unit-wide drawing. The drawing scales to
 * its column: on a 360 px phone that is 328 px, where this is 12.3 px (labels of at least 12 px), and at
 * most 28rem (app/globals.css, `.chart__svg`), where it is 17 px.
 */
export const CHART_FONT = 15;

/** Coordinates rounded to hundredths, so the markup stays short and stable. */
export const round = (value: number) => Math.round(value * 100) / 100;

/** A rough width of text in SVG user units, for a proportional sans-serif font. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
