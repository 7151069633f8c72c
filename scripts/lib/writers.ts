/**
 * Stakeholders submitting in a loop through the real server (bench/lib/submissions.ts's call), for the crash
 * and shutdown tests: each answer is sorted by what the client saw, and marked as before or after the
 * moment the test signalled the server.
 */
import { submitOnce, type Submitter } from '../../bench/lib/submissions';
import type { Input } from '../../bench/lib/submission-input';

export type Outcome =
  | { kind: 'acknowledged'; ref: string }
  /** The server answered 503: it was stopping and ran nothing. */
  | { kind: 'refused' }
  /** No connection: the server no longer listens. */
  | { kind: 'connection_refused' }
  /** The connection closed without an answer (a kill, or an idle connection closed as a request went out). */
  | { kind: 'connection_closed'; detail: string }
  /** Anything else: an error status, an answer without a reference, an unknown failure. */
  | { kind: 'unexpected'; detail: string };

export type Recorded = Outcome & { afterSignal: boolean };

function describeFailure(error: unknown): Outcome {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return { kind: 'connection_refused' };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return { kind: 'connection_closed', detail: `${code}: ${cause?.message ?? ''}` };
  return {
    kind: 'unexpected',
    detail: error instanceof Error ? `${error.message} (${code ?? cause?.message ?? 'no code'})` : String(error),
  };
}

export function startWriters(options: {
  baseUrl: string;
  actionId: string;
  submitters: Submitter[];
  inputs: { en: Input; es: Input }[];
  writers: number;
}) {
  const recorded: Recorded[] = [];
  let signalled = false;
  let stopped = false;
  let turn = 0;
  const writer = async () => {
    while (!stopped) {
      const n = turn++;
      const submitter = options.submitters[n % options.submitters.length]!;
      const afterSignal = signalled;
      let outcome: Outcome;
      try {
        const answer = await submitOnce(
          options.baseUrl,
          options.actionId,
          submitter,
          options.inputs[n % options.inputs.length]![submitter.locale],
        );
        if (answer.ref) outcome = { kind: 'acknowledged', ref: answer.ref };
        else if (answer.status === 503) outcome = { kind: 'refused' };
        else outcome = { kind: 'unexpected', detail: `HTTP ${answer.status}: ${answer.text.slice(0, 300)}` };
      } catch (error) {
        outcome = describeFailure(error);
      }
      recorded.push({ ...outcome, afterSignal: afterSignal || signalled });
      // Once the server is gone or going, this writer has seen what it needed to.
      if (signalled && outcome.kind !== 'acknowledged') return;
    }
  };
  const running = Array.from({ length: options.writers }, writer);
  return {
    recorded,
    acknowledged: () => recorded.flatMap((r) => (r.kind === 'acknowledged' ? [r.ref] : [])),
    /** From now on, answers count as after the signal, and each writer stops at its first failure. */
    markSignal: () => {
      signalled = true;
    },
    stop: async () => {
      stopped = true;
      await Promise.allSettled(running);
    },
    /** Resolves when every writer has stopped by itself after the signal. */
    finished: () => Promise.allSettled(running),
  };
}

export function countKinds(recorded: Recorded[], afterSignal?: boolean): Record<Outcome['kind'], number> {
  const counts = { acknowledged: 0, refused: 0, connection_refused: 0, connection_closed: 0, unexpected: 0 };
  for (const r of recorded) if (afterSignal === undefined || r.afterSignal === afterSignal) counts[r.kind] += 1;
  return counts;
}
