import { describe, expect, it } from 'vitest';
import { afterWarmup, percentile, trend, windows } from './analysis';
import { soakChart } from './chart';
import type { ServerSample } from './sampler';
import { metricValue } from './sampler';

const sample = (atSeconds: number, rssMb: number): ServerSample => ({
  atSeconds,
  rssMb,
  heapUsedMb: rssMb / 3,
  heapTotalMb: rssMb / 2,
  eventLoopP99Ms: 12,
  eventLoopMaxMs: 30,
  openFds: 24,
  databaseMb: 400,
  walMb: 3,
  requests: atSeconds * 9,
});

describe('the soak’s measure of flat memory', () => {
  it('calls noise around a level flat, and a steady climb not flat', () => {
    const noisy = Array.from({ length: 150 }, (_, i) => ({ atSeconds: 300 + i * 10, value: 250 + (i % 2 ? 9 : -9) }));
    expect(trend(noisy)).toMatchObject({ flat: true, meanMb: 250 });
    expect(Math.abs(trend(noisy).slopeMbPerHour)).toBeLessThan(1);
    // 40 MB an hour on about 265 MB: 16.6 MB over the 25 minutes, 6 % of the mean (a 30 MB/h leak would pass).
    const leaking = Array.from({ length: 150 }, (_, i) => ({ atSeconds: 300 + i * 10, value: 250 + ((300 + i * 10) / 3600) * 40 }));
    const leak = trend(leaking);
    expect(leak.slopeMbPerHour).toBeCloseTo(40, 5);
    expect(leak.flat).toBe(false);
  });

  it('leaves out the warm-up, and a falling line is flat', () => {
    const samples = [sample(0, 100), sample(100, 300), sample(400, 280), sample(500, 270), sample(600, 260)];
    const kept = afterWarmup(samples, 300, (s) => s.rssMb);
    expect(kept.map((p) => p.atSeconds)).toEqual([400, 500, 600]);
    expect(trend(kept)).toMatchObject({ flat: true, minMb: 260, maxMb: 280 });
  });
});

describe('windows and percentiles', () => {
  it('takes p99 as the value below which 99 % of requests fall, per sampling window', () => {
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(99);
    expect(percentile([5], 99)).toBe(5);
    expect(Number.isNaN(percentile([], 99))).toBe(true);
    const done = [
      { kind: 'page' as const, atSeconds: 1, ms: 20, ok: true },
      { kind: 'api' as const, atSeconds: 9, ms: 40, ok: true },
      { kind: 'submission' as const, atSeconds: 12, ms: 80, ok: false, detail: 'HTTP 500' },
    ];
    expect(windows(done, [sample(10, 200), sample(20, 200)])).toEqual([
      { endSeconds: 10, reads: 2, readP99Ms: 40, writes: 0, writeP99Ms: Number.NaN, errors: 0 },
      { endSeconds: 20, reads: 0, readP99Ms: Number.NaN, writes: 1, writeP99Ms: 80, errors: 1 },
    ]);
  });
});

describe('reading /metrics', () => {
  const text = [
    '# HELP process_resident_memory_bytes Resident memory size in bytes.',
    'process_resident_memory_bytes 262144000',
    'hled_submissions_total{outcome="accepted"} 12',
    'hled_submissions_total{outcome="rate_limited"} 2',
  ].join('\n');

  it('reads a value, sums a labelled metric, or picks series by label', () => {
    expect(metricValue(text, 'process_resident_memory_bytes')).toBe(262144000);
    expect(metricValue(text, 'hled_submissions_total')).toBe(14);
    expect(metricValue(text, 'hled_submissions_total', 'outcome="accepted"')).toBe(12);
    expect(Number.isNaN(metricValue(text, 'hled_page_cache_total'))).toBe(true);
  });
});

describe('the chart', () => {
  it('is a standalone SVG with a title, a line per series and the warm-up shaded', () => {
    const svg = soakChart({
      title: 'Soak <test>',
      minutes: 30,
      warmupMinutes: 5,
      panels: [
        {
          title: 'Server memory',
          unit: 'MB',
          series: [
            {
              label: 'RSS',
              color: '#000',
              points: [
                { x: 0, y: 200 },
                { x: 30, y: 210 },
              ],
            },
          ],
        },
      ],
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>Soak &lt;test></title>');
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg).toContain('fill="#f3f3f3"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
