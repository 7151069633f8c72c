/**
 * What is measured and what it must reach. Issue 14's goals: stored public pages (home, pillar,
 * initiative, meeting, recommendation page, and the register's first page, which is stored too) at least
 * half the baseline's requests a second with p99 < 100 ms; the register filtered or searched (rendered per
 * request) at least 0.15 of the baseline; the full CSV in < 5 s with the server's memory growing < 100 MB
 * during it; at least 150 submissions a second for 30 s without an error, each acknowledged one in the
 * database. The coordinators' queue and the API list keep issue 8's goals. The data set in < 60 s.
 */
import type { BenchConfig } from './config';
import type { CsvResult } from './csv-download';
import { FILTER, type DataSetFacts } from './data-set';
import type { ReadResult, ReadTarget } from './read-load';
import type { Row } from './report';
import type { WriteResult } from './submissions';
import type { GenerationReport } from '../generate';

const STORED = { p99Ms: 100, minRatio: 0.5, source: 'issue 14' };
const PER_REQUEST = { minRatio: 0.15, source: 'issue 14' };
export const CSV_GOAL = { seconds: 5, rssGrowthMb: 100 };
export const WRITE_GOAL = 150;

export function readTargets(facts: DataSetFacts, coordinatorCookie: string): ReadTarget[] {
  const [firstPillar] = facts.pillarSlugs;
  const filtered = new URLSearchParams({ pillar: firstPillar!, status: FILTER.status, sector: FILTER.sector });
  return [
    { name: 'baseline /api/health', paths: ['/api/health'], goal: null },
    { name: 'home /en (stored)', paths: ['/en'], stored: true, goal: STORED },
    { name: `pillar page (stored)`, paths: [`/en/pillars/${firstPillar}`], stored: true, goal: STORED },
    { name: `initiative page (stored)`, paths: [`/en/initiatives/${facts.initiativeSlug}`], stored: true, goal: STORED },
    { name: `meeting fact sheet (stored)`, paths: [`/en/meetings/${facts.meetingSlug}`], stored: true, goal: STORED },
    {
      name: `recommendation page, ${facts.publicRefs.length} refs (stored)`,
      paths: facts.publicRefs.map((ref) => `/en/recommendations/${ref}`),
      stored: true,
      goal: STORED,
    },
    { name: 'register /en/recommendations (stored)', paths: ['/en/recommendations'], stored: true, goal: STORED },
    { name: 'register, filtered (per request)', paths: [`/en/recommendations?${filtered}`], goal: PER_REQUEST },
    {
      name: 'register, full-text "energia frontera" (per request)',
      paths: [`/en/recommendations?${new URLSearchParams({ q: 'energia frontera' })}`],
      goal: PER_REQUEST,
    },
    {
      // What a page rendered per request costs before it lists anything: the register's layout, header,
      // form and (cached) facet counts for a search that matches nothing. The per-request rows cannot beat it.
      name: 'per-request floor: register, a search with no match',
      paths: [`/en/recommendations?${new URLSearchParams({ q: 'xylophone' })}`],
      goal: null,
      reference: 'reference for the per-request rows',
    },
    {
      name: 'coordinator queue, filtered',
      paths: [`/en/coordinate?${new URLSearchParams({ status: 'received', pillar: firstPillar! })}`],
      cookie: coordinatorCookie,
      goal: { p99Ms: 150, source: 'issue 8' },
    },
    {
      name: 'API /api/v1/recommendations?per_page=100',
      paths: ['/api/v1/recommendations?per_page=100'],
      goal: { p99Ms: 100, minRatio: 0.5, source: 'issue 8' },
    },
  ];
}

const count = (n: number) => n.toLocaleString('en-US');

export function readRow(result: ReadResult, baseline: ReadResult): Row {
  const { goal, reference } = result.target;
  const ratio = goal || reference ? result.requestsPerSecond / baseline.requestsPerSecond : null;
  const failures = result.errors + result.non2xx;
  const pass = goal
    ? (goal.p99Ms === undefined || result.p99Ms < goal.p99Ms) && (goal.minRatio === undefined || ratio! >= goal.minRatio) && failures === 0
    : null;
  const codes = Object.entries(result.statusCodes)
    .map(([code, n]) => `${code}×${count(n)}`)
    .join(', ');
  return {
    target: result.target.name,
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    ratio,
    cpuMsPerRequest: result.cpuMsPerRequest,
    peakRssMb: result.peakRssMb,
    errors: `${result.errors} / ${result.non2xx}`,
    goal: goal
      ? [goal.p99Ms ? `p99 < ${goal.p99Ms} ms` : '', goal.minRatio ? `≥ ${goal.minRatio} × baseline` : ''].filter(Boolean).join(', ') +
        ` (${goal.source})`
      : (reference ?? 'baseline'),
    pass,
    notes:
      [
        failures > 0 ? `${count(result.requests)} answers: ${codes}` : '',
        result.warming
          ? `${count(result.warming.pages)} page(s) warmed in ${result.warming.seconds.toFixed(1)} s first; ${result.warming.stored} of ${result.warming.sampled} sampled then served stored`
          : '',
      ]
        .filter(Boolean)
        .join('; ') || undefined,
  };
}

export function csvRow(csv: CsvResult, expectedRows: number): Row {
  const growthMb = csv.peakRssMb - csv.rssBeforeMb;
  const pass =
    csv.status === 200 &&
    !csv.error &&
    csv.lastByteMs < CSV_GOAL.seconds * 1000 &&
    growthMb < CSV_GOAL.rssGrowthMb &&
    csv.rows === expectedRows;
  return {
    target: 'CSV export, all public rows',
    requestsPerSecond: null,
    p50Ms: null,
    p99Ms: null,
    ratio: null,
    cpuMsPerRequest: csv.cpuMs,
    peakRssMb: csv.peakRssMb,
    errors: csv.error ? `1 (${csv.error})` : csv.status === 200 ? '0 / 0' : `0 / 1 (HTTP ${csv.status})`,
    goal: `< ${CSV_GOAL.seconds} s, RSS growth < ${CSV_GOAL.rssGrowthMb} MB, ${count(expectedRows)} rows (issue 14)`,
    pass,
    notes: `${(csv.lastByteMs / 1000).toFixed(2)} s to the last byte (first byte ${csv.firstByteMs.toFixed(0)} ms), ${(csv.bytes / 1024 ** 2).toFixed(1)} MB, ${count(csv.rows)} rows of ${count(expectedRows)} public; server RSS ${csv.rssBeforeMb.toFixed(0)} MB before, ${csv.peakRssMb.toFixed(0)} MB at most during it (+${growthMb.toFixed(0)} MB); server CPU ${(csv.cpuMs / 1000).toFixed(2)} s`,
  };
}

type Writes = { result: WriteResult; verification: { missing: string[]; duplicates: number; rowsAdded: number; integrity: string } } | null;

export function writeRows(writes: Writes, config: BenchConfig, problem: string | null): Row[] {
  const goal = `≥ ${WRITE_GOAL}/s for ${config.writeSeconds} s, 0 errors, all in the database (issue 14)`;
  if (!writes) {
    const notes = `not run: ${problem?.replaceAll('\n', ' ').slice(0, 600)}`;
    return [
      {
        target: 'submissions (server action)',
        requestsPerSecond: null,
        p50Ms: null,
        p99Ms: null,
        ratio: null,
        cpuMsPerRequest: null,
        peakRssMb: null,
        errors: '—',
        goal,
        pass: false,
        notes,
      },
    ];
  }
  const { result, verification } = writes;
  const refused = Object.values(result.refused).reduce((a, b) => a + b, 0);
  const perSecond = result.acknowledged.length / result.seconds;
  const slowest = result.perSecond.length ? Math.min(...result.perSecond) : 0;
  const pass =
    perSecond >= WRITE_GOAL &&
    result.errors === 0 &&
    refused === 0 &&
    verification.missing.length === 0 &&
    verification.duplicates === 0 &&
    verification.integrity === 'ok';
  const refusals = Object.entries(result.refused)
    .map(([code, n]) => `${code}×${count(n)}`)
    .join(', ');
  return [
    {
      target: 'submissions (server action)',
      requestsPerSecond: perSecond,
      p50Ms: result.p50Ms,
      p99Ms: result.p99Ms,
      ratio: null,
      cpuMsPerRequest: result.cpuMsPerRequest,
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
    cpuMsPerRequest: null,
    peakRssMb: null,
    errors: '—',
    goal: '< 60 s',
    pass: generation.seconds < 60,
    notes: `${generation.seconds.toFixed(1)} s (CPU ${generation.cpuSeconds.toFixed(1)} s; more wall than CPU time means other work shared the cores): ${count(c.recommendations ?? 0)} recommendations, ${count(c.history_events ?? 0)} history events, ${count(c.users ?? 0)} accounts`,
  };
}
