/**
 * The bench's one table, with the issue's goal and a pass/fail beside every figure, and the facts needed
 * to compare two runs: when, which commit and build, which machine, which data set.
 */
import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem } from 'node:os';

export type Row = {
  target: string;
  requestsPerSecond: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  ratio: number | null;
  /** Server CPU ms per request (reads, submissions) or in all (the CSV). */
  cpuMsPerRequest: number | null;
  peakRssMb: number | null;
  errors: string;
  goal: string;
  pass: boolean | null;
  notes?: string;
};

const num = (value: number | null, digits = 0) =>
  value === null || !Number.isFinite(value)
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function table(rows: Row[]): string {
  const header = [
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    '× baseline',
    'server CPU ms/req',
    'peak RSS MB',
    'errors / non-2xx',
    'goal',
    'result',
  ];
  const lines = rows.map((r) => [
    r.target,
    num(r.requestsPerSecond, 1),
    num(r.p50Ms, 0),
    num(r.p99Ms, 0),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)} ×`,
    num(r.cpuMsPerRequest, 1),
    num(r.peakRssMb, 0),
    r.errors,
    r.goal,
    r.pass === null ? '—' : r.pass ? 'pass' : '**FAIL**',
  ]);
  const format = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [format(header), format(header.map(() => '---')), ...lines.map(format)].join('\n');
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machineFacts(sqliteVersion: string, nextVersion: string): string[] {
  const cpu = cpus();
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain').length > 0;
  return [
    `Commit: ${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
    `CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} (load generator and server share them)`,
    `RAM: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Linux ${release()}`,
    `Node ${process.version}, Next.js ${nextVersion}, SQLite ${sqliteVersion}${process.env.UV_THREADPOOL_SIZE ? `, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE}` : ''}`,
  ];
}

export function resultsMarkdown(sections: {
  date: Date;
  facts: string[];
  settings: string[];
  dataSet: string[];
  rows: Row[];
  notes: string[];
}): string {
  const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${sections.date.toISOString()}. See bench/README.md for what each target measures.

## Machine and build
${list(sections.facts)}

## Settings
${list(sections.settings)}

## Data set
${list(sections.dataSet)}

## Results
${table(sections.rows)}

${list(sections.rows.filter((r) => r.notes).map((r) => `**${r.target}**: ${r.notes}`))}

## Notes
${list(sections.notes)}
`;
}
