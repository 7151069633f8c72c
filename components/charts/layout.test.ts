import { describe, expect, it } from 'vitest';
import { columnLayout, labelEvery, niceScale, stackSegments, wrapLabel } from './layout';

describe('the value axis', () => {
  it('runs from zero to a round number in steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(10)).toEqual({ max: 10, ticks: [0, 5, 10] });
    expect(niceScale(1234)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('counts in whole steps for small counts, and still draws an axis when there is nothing', () => {
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('stacked segments', () => {
  it('lays non-zero values end to end on a shared scale, with a gap between neighbours', () => {
    const segments = stackSegments({ a: 2, b: 0, c: 3 }, ['a', 'b', 'c'], 10, 100);
    expect(segments).toEqual([
      { key: 'a', value: 2, x: 0, width: 18.5 },
      { key: 'c', value: 3, x: 20, width: 28.5 },
    ]);
  });

  it('keeps the order of the series, not of the values', () => {
    expect(stackSegments({ a: 1, b: 5 }, ['b', 'a'], 6, 60).map((s) => s.key)).toEqual(['b', 'a']);
  });

  it('draws nothing for an empty bar', () => {
    expect(stackSegments({ a: 0 }, ['a'], 0, 100)).toEqual([]);
  });
});

describe('columns', () => {
  it('centres each group of columns in its share of the plot', () => {
    const layout = columnLayout(4, 2, 400);
    expect(layout.groupWidth).toBe(100);
    expect(layout.barWidth).toBe(22);
    expect(layout.barX(0, 0)).toBe(28);
    expect(layout.barX(1, 1)).toBe(150);
    expect(layout.center(3)).toBe(350);
  });

  it('thins the columns and the labels when there are many groups', () => {
    const layout = columnLayout(40, 2, 360);
    expect(layout.barWidth).toBeCloseTo(3.6);
    expect(labelEvery(30, layout.groupWidth)).toBe(4);
    expect(labelEvery(5, 50)).toBe(1);
  });
});

describe('labels', () => {
  it('wraps at spaces into at most two lines and marks a cut with an ellipsis', () => {
    const lines = wrapLabel('Pillar II: Promoting Sustainable Economic and Social Development in Southern Mexico and Central America', 40);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(lines[0]).toBe('Pillar II: Promoting Sustainable');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('leaves a short label whole', () => {
    expect(wrapLabel('Pillar I: Building Back Together', 60)).toEqual(['Pillar I: Building Back Together']);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Supercalifragilistic', 10, 1)).toEqual(['Supercali…']);
  });
});
