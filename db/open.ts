import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { seedRecord } from './seed/seed-record';

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

export const DEFAULT_DATABASE_FILE = path.join('data', 'hled.db');
const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** DATABASE_URL is a `file:` URL or a plain path; relative paths are taken from the project folder. */
export function resolveDatabaseFile(url = process.env.DATABASE_URL): string {
  const value = url?.trim() ? url.trim().replace(/^file:(\/\/)?/, '') : DEFAULT_DATABASE_FILE;
  if (value === ':memory:') return value;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), value);
}

export class DatabaseStartupError extends Error {
  constructor(file: string, step: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot ${step} the database at ${file}: ${reason}`, { cause });
    this.name = 'DatabaseStartupError';
  }
}

// Durable commits (SECURITY.md 3.3): FULL syncs the WAL on every commit, so an acknowledged
// submission survives a power loss, not only a process crash.
const REQUIRED_PRAGMAS = [
  ['journal_mode', 'wal'],
  ['synchronous', 2],
  ['foreign_keys', 1],
  ['busy_timeout', 5000],
] as const;

function configure(client: BetterSqlite3.Database) {
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
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
    } catch (error) {
      client.close();
      throw new DatabaseStartupError(file, 'seed', error);
    }
  }
  return db;
}
