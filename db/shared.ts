import { openDatabase, type Database } from './open';

// One connection per server process, kept on globalThis so the instrumentation hook, every page bundle
// and dev-mode hot reloads all share it.
const globalForDb = globalThis as typeof globalThis & { hledDb?: Database };

/** The process-wide connection, opened (and migrated and seeded) on first use. */
export function getDb(): Database {
  globalForDb.hledDb ??= openDatabase();
  return globalForDb.hledDb;
}
