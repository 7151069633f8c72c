/**
 * Open-loop load: each kind of operation arrives at its own rate (random, exponential gaps, like visitors
 * who do not wait for one another), whatever the server's speed, so a slow server shows as latency, not as
 * fewer requests. At most MAX_OUTSTANDING of a kind run at once; an arrival past that is counted as skipped.
 */
import { performance } from 'node:perf_hooks';

export type OpKind =
  'page' | 'fact_sheet' | 'api' | 'search' | 'csv' | 'csv_full' | 'submission' | 'triage' | 'sign_in' | 'sign_in_refused';
export const READ_KINDS: readonly OpKind[] = ['page', 'api', 'search'];
export const WRITE_KINDS: readonly OpKind[] = ['submission', 'triage'];

/** What an operation reports: ok, or what went wrong (an error, an unexpected answer). */
export type OpResult = { ok: true } | { ok: false; detail: string };

export type Arrivals = { perSecond: number } | { everySeconds: number; firstAtSeconds: number };
export type OpSpec = { kind: OpKind; arrivals: Arrivals; run: () => Promise<OpResult> };

export type Done = { kind: OpKind; atSeconds: number; ms: number; ok: boolean; detail?: string };

const MAX_OUTSTANDING = 32;

export class LoadRecord {
  readonly done: Done[] = [];
  readonly skipped: Partial<Record<OpKind, number>> = {};
  readonly started = performance.now();

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(spec: OpSpec, record: LoadRecord): Promise<void> {
  const started = performance.now();
  let result: OpResult;
  try {
    result = await spec.run();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    result = { ok: false, detail: `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}` };
  }
  const ms = performance.now() - started;
  record.done.push({
    kind: spec.kind,
    atSeconds: (started - record.started) / 1000,
    ms,
    ok: result.ok,
    ...(result.ok ? {} : { detail: result.detail }),
  });
}

function nextGapMs(arrivals: Arrivals, first: boolean): number {
  if ('everySeconds' in arrivals) return (first ? arrivals.firstAtSeconds : arrivals.everySeconds) * 1000;
  return (-Math.log(1 - Math.random()) / arrivals.perSecond) * 1000;
}

async function stream(spec: OpSpec, record: LoadRecord, untilSeconds: number, stopped: () => boolean): Promise<void> {
  const running = new Set<Promise<void>>();
  let first = true;
  for (;;) {
    const gap = nextGapMs(spec.arrivals, first);
    first = false;
    if (record.seconds() + gap / 1000 >= untilSeconds) break;
    // In slices, so an interrupted run does not wait out a five-minute gap.
    for (let left = gap; left > 0 && !stopped(); left -= 1000) await sleep(Math.min(left, 1000));
    if (stopped()) break;
    if (running.size >= MAX_OUTSTANDING) {
      record.skipped[spec.kind] = (record.skipped[spec.kind] ?? 0) + 1;
      continue;
    }
    const one = timed(spec, record).finally(() => running.delete(one));
    running.add(one);
  }
  await Promise.all(running);
}

/** Runs the mix for `seconds`, then waits for what is still running. */
export async function runMix(specs: OpSpec[], seconds: number, record: LoadRecord, stopped: () => boolean = () => false): Promise<void> {
  await Promise.all(specs.map((spec) => stream(spec, record, seconds, stopped)));
}
