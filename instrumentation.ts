/**
 * Runs once when the server starts. The Node.js part opens the database (migrations, seed) so a database
 * that cannot be opened stops start-up with a message naming the file, instead of failing on the first
 * visitor's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { openDatabaseAtStartup } = await import('./db/startup');
    await openDatabaseAtStartup();

    // Coordinators' daily digest of new submissions: an in-process schedule, idempotent per day
    // (lib/notifications/digest-scheduler.ts). Started after the database is open.
    const { startDigestScheduler } = await import('./lib/notifications/digest-scheduler');
    startDigestScheduler();
  }
}
