/** The soak's figures from the raw records: per-window latencies, and whether memory stayed flat. */
import { READ_KINDS, WRITE_KINDS, type Done, type OpKind } from './load';
import type { ServerSample } from './sampler';

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Window = { endSeconds: number; reads: number; readP99Ms: number; writes: number; writeP99Ms: number; errors: number };

/** Client-side figures for each sampling window (requests that started in it). */
export function windows(done: Done[], samples: ServerSample[]): Window[] {
  return samples.map((sample, i) => {
    const from = i === 0 ? 0 : samples[i - 1]!.atSeconds;
    const inWindow = done.filter((d) => d.atSeconds >= from && d.atSeconds < sample.atSeconds);
    const of = (kinds: readonly OpKind[]) => inWindow.filter((d) => kinds.includes(d.kind)).map((d) => d.ms);
    const reads = of(READ_KINDS);
    const writes = of(WRITE_KINDS);
    return {
      endSeconds: sample.atSeconds,
      reads: reads.length,
      readP99Ms: percentile(reads, 99),
      writes: writes.length,
      writeP99Ms: percentile(writes, 99),
      errors: inWindow.filter((d) => !d.ok).length,
    };
  });
}

/**
 * "Flat": the least-squares line through the samples after the warm-up rises by less than FLAT_SHARE of
 * their mean over the span they cover. Reported with the line's slope per hour, and the range.
 */
export const FLAT_SHARE = 0.05;

export type Trend = {
  samples: number;
  meanMb: number;
  minMb: number;
  maxMb: number;
  slopeMbPerHour: number;
  riseMb: number;
  riseShare: number;
  flat: boolean;
};

export function trend(points: { atSeconds: number; value: number }[]): Trend {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.atSeconds, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.atSeconds - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.atSeconds - meanX) * (p.value - meanY), 0);
  const slopePerSecond = sxx > 0 ? sxy / sxx : 0;
  const span = n > 1 ? points[n - 1]!.atSeconds - points[0]!.atSeconds : 0;
  const riseMb = slopePerSecond * span;
  return {
    samples: n,
    meanMb: meanY,
    minMb: Math.min(...points.map((p) => p.value)),
    maxMb: Math.max(...points.map((p) => p.value)),
    slopeMbPerHour: slopePerSecond * 3600,
    riseMb,
    riseShare: meanY > 0 ? riseMb / meanY : 0,
    flat: n >= 3 && riseMb < FLAT_SHARE * meanY,
  };
}

export function afterWarmup(samples: ServerSample[], warmupSeconds: number, pick: (s: ServerSample) => number) {
  return samples.filter((s) => s.atSeconds >= warmupSeconds).map((s) => ({ atSeconds: s.atSeconds, value: pick(s) }));
}
