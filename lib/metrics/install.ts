/**
 * Called once by instrumentation.ts when the server starts: process metrics on, the request observer and
 * the /metrics answer handed to the server (scripts/server.mjs), and the database's clean close at shutdown.
 */
import { closeDb } from '@/db/shared';
import { serverHooks } from '@/lib/server/hooks';
import { metricsAnswer } from './endpoint';
import { observeRequest } from './observe';
import { collectProcessMetrics } from './registry';

export function installServerHooks(): void {
  const hooks = serverHooks();
  if (hooks.observeRequest) return;
  collectProcessMetrics();
  hooks.observeRequest = observeRequest;
  hooks.metrics = metricsAnswer;
  const close = () => {
    const result = closeDb();
    if (result) console.log(`Database closed after a checkpoint of its ${Math.round(result.walBytes / 1024)} KB WAL.`);
  };
  hooks.shutdown.push(close);
  // Under a bare `next start`, Next's own SIGTERM handler ends with process.exit: close the database there too.
  process.once('exit', close);
}
