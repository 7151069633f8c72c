import { isDemoMode } from '@/lib/config';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { resolveDatabaseFile } from '@/db/open';
import { getDb } from '@/db/shared';

/** Opens (migrates, seeds) the database before the server takes requests; a failure stops start-up. */
export async function openDatabaseAtStartup() {
  try {
    const db = getDb();
    if (isDemoMode()) await seedDemoData(db);
    console.log(`Database ready: ${resolveDatabaseFile()}${isDemoMode() ? ' (demo mode)' : ''}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
