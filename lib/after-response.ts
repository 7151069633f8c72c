import { after } from 'next/server';

/**
 * Work done after the answer is sent (Next.js `after`), so the answer takes the same time whatever the
 * work finds: delivering an e-mail, or looking up whether an address has an account at all. Outside a
 * request (scripts, unit tests) it starts at once, unawaited.
 */
export function afterResponse(task: () => Promise<unknown>) {
  const run = () =>
    task().catch((error) =>
      console.error(JSON.stringify({ event: 'after_response.failed', message: error instanceof Error ? error.message : String(error) })),
    );
  try {
    after(run);
  } catch {
    void run();
  }
}
