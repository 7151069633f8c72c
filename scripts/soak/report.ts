/** The soak's tables: the goals with pass or fail, the load by operation, the server over time. */
import { percentile, FLAT_SHARE, type Trend, type Window } from './analysis';
import type { Done, OpKind } from './load';
import type { ServerSample } from './sampler';

export type Goal = { measure: string; goal: string; result: string; pass: boolean | null };

const n = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function goalsTable(goals: Goal[]): string {
  return markdownTable(
    ['measure', 'goal', 'result', ''],
    goals.map((g) => [g.measure, g.goal, g.result, g.pass === null ? '—' : g.pass ? 'pass' : '**FAIL**']),
  );
}

export function trendText(t: Trend): string {
  return `${n(t.meanMb)} MB mean, ${n(t.minMb)}–${n(t.maxMb)}; line ${t.slopeMbPerHour >= 0 ? '+' : ''}${n(t.slopeMbPerHour, 1)} MB/h, ${t.riseMb >= 0 ? '+' : ''}${n(t.riseMb, 1)} MB over the span (${n(t.riseShare * 100, 1)} % of the mean; flat below ${FLAT_SHARE * 100} %)`;
}

export function loadTable(done: Done[], skipped: Partial<Record<OpKind, number>>, seconds: number): string {
  const kinds = [...new Set(done.map((d) => d.kind))];
  const rows = kinds.map((kind) => {
    const of = done.filter((d) => d.kind === kind);
    const ms = of.map((d) => d.ms);
    return [
      kind,
      n(of.length),
      n(of.length / seconds, 2),
      n(percentile(ms, 50)),
      n(percentile(ms, 99)),
      n(Math.max(...ms)),
      n(of.filter((d) => !d.ok).length),
      n(skipped[kind] ?? 0),
    ];
  });
  return markdownTable(['operation', 'requests', 'per s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'skipped'], rows);
}

/** One row a minute (the last sample of each minute), so a 30-minute run stays readable. */
export function timeTable(samples: ServerSample[], windows: Window[], sampleSeconds: number): string {
  const perMinute = Math.max(1, Math.round(60 / sampleSeconds));
  const rows = samples.flatMap((s, i) => {
    if ((i + 1) % perMinute !== 0 && i !== samples.length - 1) return [];
    const group = windows.slice(Math.max(0, i + 1 - perMinute), i + 1);
    const worst = (pick: (w: Window) => number) => Math.max(...group.map(pick).filter(Number.isFinite));
    return [
      [
        n(s.atSeconds / 60, 1),
        n(s.rssMb),
        n(s.heapUsedMb),
        n(s.eventLoopP99Ms, 1),
        n(s.openFds),
        n(s.walMb, 1),
        n(worst((w) => w.readP99Ms)),
        n(worst((w) => w.writeP99Ms)),
        n(group.reduce((sum, w) => sum + w.errors, 0)),
      ],
    ];
  });
  return markdownTable(
    [
      'minute',
      'RSS MB',
      'heap used MB',
      'event-loop p99 ms',
      'open fds',
      'WAL MB',
      'reads p99 ms (worst window)',
      'writes p99 ms',
      'errors',
    ],
    rows,
  );
}

export function samplesCsv(samples: ServerSample[], windows: Window[]): string {
  const header =
    'seconds,rss_mb,heap_used_mb,heap_total_mb,event_loop_p99_ms,event_loop_max_ms,open_fds,database_mb,wal_mb,server_requests,reads,reads_p99_ms,writes,writes_p99_ms,errors';
  const lines = samples.map((s, i) => {
    const w = windows[i]!;
    return [
      s.atSeconds,
      s.rssMb,
      s.heapUsedMb,
      s.heapTotalMb,
      s.eventLoopP99Ms,
      s.eventLoopMaxMs,
      s.openFds,
      s.databaseMb,
      s.walMb,
      s.requests,
      w.reads,
      w.readP99Ms,
      w.writes,
      w.writeP99Ms,
      w.errors,
    ]
      .map((v) => (Number.isFinite(v) ? Number(v.toFixed(2)) : ''))
      .join(',');
  });
  return [header, ...lines, ''].join('\n');
}
