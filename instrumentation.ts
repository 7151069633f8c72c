/**
 * Runs once when the server starts: opens the database, applies migrations and seeds the record,
 * so a database that cannot be opened or migrated stops start-up with a message naming the file
 * instead of failing on the first visitor's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb } = await import('./db/shared');
  const { resolveDatabaseFile } = await import('./db/open');
  try {
    getDb();
    console.log(`Database ready: ${resolveDatabaseFile()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
