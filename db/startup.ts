import { resolveDatabaseFile } from './open';
import { getDb } from './shared';

export function openDatabaseAtStartup() {
  try {
    getDb();
    console.log(`Database ready: ${resolveDatabaseFile()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
