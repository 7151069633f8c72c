import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@/db/open';

/** A migrated, seeded database in a fresh temporary folder, removed by `dispose`. */
export function createTempDatabase(options: { seed?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hled-test-'));
  const file = path.join(dir, 'test.db');
  const db: Database = openDatabase(file, options);
  return {
    db,
    file,
    dir,
    dispose() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
