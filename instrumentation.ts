/**
 * Runs once when the server starts. The Node.js part opens the database (migrations, seed) so a database
 * that cannot be opened stops start-up with a message naming the file, instead of failing on the first
 * visitor's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // Route handlers and the proxy learn a request's address from a header stamped here (rate limits).
    const { trackConnectionAddresses } = await import('./lib/rate-limit/connection');
    trackConnectionAddresses();
    const { openDatabaseAtStartup } = await import('./db/startup');
    await openDatabaseAtStartup();
  }
}
