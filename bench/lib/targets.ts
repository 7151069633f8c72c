/**
 * What is measured and what it must reach (issue 8's goals): every public page and API list p99 < 100 ms
 * at 10 connections and at least half the baseline's requests per second; full-text search p99 < 50 ms;
 * the coordinators' filtered queue p99 < 150 ms; the full CSV streamed in < 5 s with the server under
 * 300 MB; at least 200 submissions a second for 30 s without an error; the data set generated in < 60 s.
 */
import type { BenchConfig } from './config';
import type { CsvResult } from './csv-download';
import { FILTER, type DataSetFacts } from './data-set';
import type { ReadResult, ReadTarget } from './read-load';
import type { Row } from './report';
import type { WriteResult } from './submissions';
import type { GenerationReport } from '../generate';

const PUBLIC = { p99Ms: 100, minRatio: 0.5 };

export function readTargets(facts: DataSetFacts, coordinatorCookie: string): ReadTarget[] {
  const [firstPillar] = facts.pillarSlugs;
  const filtered = new URLSearchParams({ pillar: firstPillar!, status: FILTER.status, sector: FILTER.sector });
  return [
    { name: 'baseline /api/health', paths: ['/api/health'], goal: null },
    { name: 'home /en', paths: ['/en'], goal: PUBLIC },
    { name: 'register /en/recommendations', paths: ['/en/recommendations'], goal: PUBLIC },
    { name: 'register, filtered', paths: [`/en/recommendations?${filtered}`], goal: PUBLIC },
    { name: 'register, full-text "energia frontera"', paths: [`/en/recommendations?${new URLSearchParams({ q: 'energia frontera' })}`], goal: { p99Ms: 50, minRatio: 0.5 } },
    { name: `recommendation page (${facts.publicRefs.length} refs)`, paths: facts.publicRefs.map((ref) => `/en/recommendations/${ref}`), goal: PUBLIC },
    {
      name: 'coordinator queue, filtered',
      paths: [`/en/coordinate?${new URLSearchParams({ status: 'received', pillar: firstPillar! })}`],
      cookie: coordinatorCookie,
      goal: { p99Ms: 150 },
    },
    { name: 'API /api/v1/recommendations?per_page=100', paths: ['/api/v1/recommendations?per_page=100'], goal: PUBLIC },
  ];
}

const count = (n: number) => n.toLocaleString('en-US');

export function readRow(result: ReadResult, baseline: ReadResult): Row {
  const { goal } = result.target;
  const ratio = goal ? result.requestsPerSecond / baseline.requestsPerSecond : null;
  const failures = result.errors + result.non2xx;
  const pass = goal ? result.p99Ms < goal.p99Ms && (goal.minRatio === undefined || ratio! >= goal.minRatio) && failures === 0 : null;
  const codes = Object.entries(result.statusCodes).map(([code, n]) => `${code}×${count(n)}`).join(', ');
  return {
    target: result.target.name,
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    ratio,
    peakRssMb: result.peakRssMb,
    errors: `${result.errors} / ${result.non2xx}`,
    goal: goal ? `p99 < ${goal.p99Ms} ms${goal.minRatio ? `, ≥ ${goal.minRatio * 100} % of baseline` : ''}` : 'baseline',
    pass,
    notes: failures > 0 ? `${count(result.requests)} answers: ${codes}` : undefined,
  };
}

export function csvRow(csv: CsvResult, expectedRows: number): Row {
  const pass = csv.status === 200 && !csv.error && csv.lastByteMs < 5000 && csv.peakRssMb < 300 && csv.rows === expectedRows;
  return {
    target: 'CSV export, all public rows',
    requestsPerSecond: null,
    p50Ms: null,
    p99Ms: null,
    ratio: null,
    peakRssMb: csv.peakRssMb,
    errors: csv.error ? `1 (${csv.error})` : csv.status === 200 ? '0 / 0' : `0 / 1 (HTTP ${csv.status})`,
    goal: `< 5 s, RSS < 300 MB, ${count(expectedRows)} rows`,
    pass,
    notes: `${(csv.lastByteMs / 1000).toFixed(2)} s to the last byte (first byte ${csv.firstByteMs.toFixed(0)} ms), ${(csv.bytes / 1024 ** 2).toFixed(1)} MB, ${count(csv.rows)} rows of ${count(expectedRows)} public`,
  };
}

type Writes = { result: WriteResult; verification: { missing: string[]; duplicates: number; rowsAdded: number; integrity: string } } | null;

export function writeRows(writes: Writes, config: BenchConfig, problem: string | null): Row[] {
  const goal = `≥ 200/s for ${config.writeSeconds} s, 0 errors`;
  if (!writes) {
    const notes = `not run: ${problem?.replaceAll('\n', ' ').slice(0, 600)}`;
    return [{ target: 'submissions (server action)', requestsPerSecond: null, p50Ms: null, p99Ms: null, ratio: null, peakRssMb: null, errors: '—', goal, pass: false, notes }];
  }
  const { result, verification } = writes;
  const refused = Object.values(result.refused).reduce((a, b) => a + b, 0);
  const perSecond = result.acknowledged.length / result.seconds;
  const slowest = result.perSecond.length ? Math.min(...result.perSecond) : 0;
  const pass = perSecond >= 200 && result.errors === 0 && refused === 0 && verification.missing.length === 0 && verification.duplicates === 0 && verification.integrity === 'ok';
  const refusals = Object.entries(result.refused).map(([code, n]) => `${code}×${count(n)}`).join(', ');
  return [
    {
      target: 'submissions (server action)',
      requestsPerSecond: perSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      ratio: null,
      peakRssMb: result.peakRssMb,
      errors: `${result.errors + refused}`,
      goal,
      pass,
      notes: [
        `${count(result.acknowledged.length)} acknowledged in ${result.seconds.toFixed(1)} s (slowest second ${slowest}/s) over ${result.accounts} accounts`,
        `database: ${verification.missing.length} acknowledged references missing, ${verification.duplicates} duplicated, ${count(verification.rowsAdded)} rows added, quick_check ${verification.integrity}`,
        refused ? `refused: ${refusals}${result.refused.rateLimited ? ' (rateLimited: raise BENCH_WRITE_ACCOUNTS)' : ''}` : '',
        result.errors ? `errors: ${result.errors} (status codes ${JSON.stringify(result.statusCodes)}); first: ${result.sample}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    },
  ];
}

export function generationRow(generation: GenerationReport): Row {
  const c = generation.counts;
  return {
    target: 'data set generation',
    requestsPerSecond: null,
    p50Ms: null,
    p99Ms: null,
    ratio: null,
    peakRssMb: null,
    errors: '—',
    goal: '< 60 s',
    pass: generation.seconds < 60,
    notes: `${generation.seconds.toFixed(1)} s (CPU ${generation.cpuSeconds.toFixed(1)} s; more wall than CPU time means other work shared the cores): ${count(c.recommendations ?? 0)} recommendations, ${count(c.history_events ?? 0)} history events, ${count(c.users ?? 0)} accounts`,
  };
}
