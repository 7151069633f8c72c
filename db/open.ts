import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resolveDatabaseFile } from './file';
import * as schema from './schema';
import { seedConsultations } from './seed/seed-consultations';
import { seedRecord } from './seed/seed-record';

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

// Kept apart so that code which only needs the file's name (the metrics) does not load the schema and seed.
export { DEFAULT_DATABASE_FILE, resolveDatabaseFile } from './file';
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export class DatabaseStartupError extends Error {
  constructor(file: string, step: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot ${step} the database at ${file}: ${reason}`, { cause });
    this.name = 'DatabaseStartupError';
  }
}

// Durable commits (docs/security.md, "Data durability"): FULL syncs the WAL on every commit, so an acknowledged
// submission survives a power loss, not only a process crash.
const REQUIRED_PRAGMAS = [
  ['journal_mode', 'wal'],
  ['synchronous', 2],
  ['foreign_keys', 1],
  ['busy_timeout', 5000],
] as const;

/**
 * SQLITE_WAL_AUTOCHECKPOINT: after a commit leaves at least this many pages in the WAL, that commit copies
 * them into the database file (SQLite's default 1000 pages, about 4 MB). 0 turns it off, for a replication
 * tool such as Litestream that checkpoints itself; the crash test sets it low to make checkpoints frequent.
 */
export function walAutocheckpointPages(value = process.env.SQLITE_WAL_AUTOCHECKPOINT): number {
  if (value === undefined || value.trim() === '') return 1000;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 0) throw new Error(`SQLITE_WAL_AUTOCHECKPOINT must be a whole number of pages, not "${value}"`);
  return pages;
}

function configure(client: BetterSqlite3.Database) {
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma(`wal_autocheckpoint = ${walAutocheckpointPages()}`);
  for (const [name, expected] of REQUIRED_PRAGMAS) {
    const actual = client.pragma(name, { simple: true });
    // An in-memory database cannot use WAL; everything else must match exactly.
    if (actual !== expected && !(name === 'journal_mode' && client.memory)) {
      throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
}

export function openDatabase(file = resolveDatabaseFile(), options: { seed?: boolean } = {}): Database {
  let client: BetterSqlite3.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    client = new BetterSqlite3(file);
    configure(client);
  } catch (error) {
    throw new DatabaseStartupError(file, 'open', error);
  }
  const db = drizzle({ client, schema, casing: 'snake_case' }) as Database;
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    client.close();
    throw new DatabaseStartupError(file, 'migrate', error);
  }
  if (options.seed !== false) {
    try {
      seedRecord(db);
      seedConsultations(db);
    } catch (error) {
      client.close();
      throw new DatabaseStartupError(file, 'seed', error);
    }
  }
  return db;
}

/**
 * Closes a connection the way a clean shutdown should: a TRUNCATE checkpoint copies every commit from the
 * WAL into the database file and empties the WAL, then closing the last connection removes the -wal and
 * -shm files, so the next start has no log to replay. Safe to call twice.
 */
export function closeDatabase(db: Database): { walBytes: number } {
  const client = db.$client;
  if (!client.open) return { walBytes: 0 };
  let walBytes = 0;
  try {
    if (!client.memory) {
      walBytes = existsSync(`${client.name}-wal`) ? statSync(`${client.name}-wal`).size : 0;
      client.pragma('wal_checkpoint(TRUNCATE)');
    }
  } finally {
    client.close();
  }
  return { walBytes };
}
