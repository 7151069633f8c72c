import { closeDatabase, openDatabase, type Database } from './open';

// One connection per server process, kept on globalThis so the instrumentation hook, every page bundle
// and dev-mode hot reloads all share it.
const globalForDb = globalThis as typeof globalThis & { hledDb?: Database; hledDbClosed?: boolean };

/** The process-wide connection, opened (and migrated and seeded) on first use. */
export function getDb(): Database {
  // After a shutdown closed it, a late caller must fail rather than open (and migrate) it again.
  if (globalForDb.hledDbClosed) throw new Error('The database is closed: the server is shutting down.');
  globalForDb.hledDb ??= openDatabase();
  return globalForDb.hledDb;
}

/** Checkpoints and closes the process-wide connection, for good (the server's last step). Safe to call twice. */
export function closeDb(): { walBytes: number } | null {
  const db = globalForDb.hledDb;
  globalForDb.hledDbClosed = true;
  globalForDb.hledDb = undefined;
  return db ? closeDatabase(db) : null;
}
