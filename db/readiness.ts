/**
 * Readiness (GET /api/ready): can this server answer from its database right now? One read of the seeded
 * record, and the migration level: the newest migration applied to the file must be the newest this code
 * ships (db/migrations/meta/_journal.json). Liveness is /api/health, which touches nothing.
 */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER, type Database } from './open';

export type Readiness =
  | { ready: true; migrations: { applied: number; expected: number } }
  | {
      ready: false;
      reason: 'database_unavailable' | 'record_missing' | 'migrations_behind' | 'migrations_ahead';
      migrations?: { applied: number; expected: number };
    };

// The journal does not change while the server runs: read it once per folder.
const shipped = new Map<string, { count: number; newest: number }>();

function shippedMigrations(folder: string) {
  let level = shipped.get(folder);
  if (!level) {
    const files = readMigrationFiles({ migrationsFolder: folder });
    level = { count: files.length, newest: files.at(-1)?.folderMillis ?? 0 };
    shipped.set(folder, level);
  }
  return level;
}

export function checkReadiness(open: () => Database, migrationsFolder = MIGRATIONS_FOLDER): Readiness {
  const expected = shippedMigrations(migrationsFolder);
  let level: { applied: number; newest: number | null };
  let pillars: number;
  try {
    const client = open().$client;
    level = client.prepare('SELECT count(*) AS applied, max(created_at) AS newest FROM __drizzle_migrations').get() as {
      applied: number;
      newest: number | null;
    };
    pillars = client.prepare('SELECT count(*) FROM pillars').pluck().get() as number;
  } catch (error) {
    console.error(`Readiness: the database cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return { ready: false, reason: 'database_unavailable' };
  }
  const migrations = { applied: level.applied, expected: expected.count };
  const newest = Number(level.newest ?? 0);
  if (newest < expected.newest) return { ready: false, reason: 'migrations_behind', migrations };
  if (newest > expected.newest) return { ready: false, reason: 'migrations_ahead', migrations };
  if (pillars === 0) return { ready: false, reason: 'record_missing', migrations };
  return { ready: true, migrations };
}
