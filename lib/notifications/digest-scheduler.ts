/**
 * Runs the daily digest inside the server process: once at start-up (a digest due while the server was
 * down goes out now) and then every few minutes. Sending twice is impossible whatever the timing,
 * because each digest is recorded with its day (digest.ts); this only decides when to look.
 * The clock and the timers are injectable, so tests drive it without waiting.
 */
import { logEvent } from '@/lib/log';

export const DIGEST_CHECK_EVERY_MS = 5 * 60 * 1000;

type Timers = {
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

export type DigestSchedulerOptions = {
  now?: () => Date;
  everyMs?: number;
  timers?: Timers;
  /** What a tick does; the digest by default (loaded lazily: it needs the database). */
  run?: (now: Date) => Promise<unknown>;
};

const nodeTimers: Timers = {
  setInterval: (run, ms) => {
    const handle = setInterval(run, ms);
    // The digest never keeps a stopping server alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

async function sendDigests(now: Date) {
  const { sendDueDigests } = await import('./digest');
  // Progress news held back by the one-a-day limit, and the weekly digests of progress news (progress-news.ts).
  const { sendProgressNews } = await import('./progress-news');
  await sendProgressNews(now);
  return sendDueDigests(now);
}

/**
 * Starts the schedule and returns a function that stops it. A tick that comes while the previous one
 * is still running is skipped; a failure is logged and the next tick tries again.
 */
export function startDigestScheduler(options: DigestSchedulerOptions = {}): { stop: () => void; tick: () => Promise<void> } {
  const now = options.now ?? (() => new Date());
  const run = options.run ?? sendDigests;
  const timers = options.timers ?? nodeTimers;
  let running: Promise<void> | null = null;

  const tick = (): Promise<void> => {
    if (running) return running;
    running = run(now())
      .then(() => undefined)
      .catch((error: unknown) => logEvent('notifications.digest_failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const handle = timers.setInterval(() => void tick(), options.everyMs ?? DIGEST_CHECK_EVERY_MS);
  void tick();
  return { stop: () => timers.clearInterval(handle), tick };
}
