import { afterAll, beforeAll } from 'vitest';
import type { Database } from '@/db/open';
import { createTempDatabase } from './temp-database';

/**
 * For use cases that call getDb(): points the process-wide connection at a fresh, seeded temporary
 * database for this test file, and removes it afterwards.
 */
export function useTemporaryGlobalDatabase(): { db: () => Database; file: () => string } {
  let temp: ReturnType<typeof createTempDatabase> | undefined;
  const global = globalThis as typeof globalThis & { hledDb?: Database };
  beforeAll(() => {
    temp = createTempDatabase();
    global.hledDb = temp.db;
  });
  afterAll(() => {
    global.hledDb = undefined;
    temp?.dispose();
  });
  return { db: () => temp!.db, file: () => temp!.file };
}
