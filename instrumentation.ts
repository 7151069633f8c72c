/**
 * Runs once when the server starts. The Node.js part opens the database (migrations, seed) so a database
 * that cannot be opened stops start-up with a message naming the file, instead of failing on the first
 * visitor's request; then it hands the server its metrics and shutdown hooks (lib/metrics/install.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // Route handlers and the proxy learn a request's address from a header stamped here (rate limits).
    const { trackConnectionAddresses } = await import('./lib/rate-limit/connection');
    trackConnectionAddresses();
    // The 404 page of an address no route claims learns the address's language from a header stamped here.
    const { trackAddressLocales } = await import('./lib/i18n/address-locale');
    trackAddressLocales();
    const { openDatabaseAtStartup } = await import('./lib/startup');
    await openDatabaseAtStartup();
    const { installServerHooks } = await import('./lib/metrics/install');
    installServerHooks();

    // Coordinators' daily digest of new submissions: an in-process schedule, idempotent per day
    // (lib/notifications/digest-scheduler.ts). Started after the database is open, stopped before it closes.
    const { startDigestScheduler } = await import('./lib/notifications/digest-scheduler');
    const { serverHooks } = await import('./lib/server/hooks');
    const digests = startDigestScheduler();
    serverHooks().shutdown.unshift(() => digests.stop());
    // The same schedule sends the reminders before a call for input closes (lib/calls/reminders.ts).
    const reminders = startDigestScheduler({ run: async (now) => (await import('./lib/calls/reminders')).sendClosingReminders(now) });
    serverHooks().shutdown.unshift(() => reminders.stop());
  }
}
