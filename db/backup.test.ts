import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { createTempDatabase } from '@/test/temp-database';
import { backupDatabase, checkDatabaseFile, restoreDatabase } from './backup';
import { openDatabase } from './open';

let temp: ReturnType<typeof createTempDatabase> | undefined;
afterEach(() => temp?.dispose());

describe('backups', () => {
  it('copies a database in use, checks it, and restores it with the same counts', async () => {
    temp = createTempDatabase();
    await seedDemoData(temp.db);
    const before = checkDatabaseFile(temp.file).counts;
    expect(before.recommendations).toBeGreaterThan(10);

    // Taken while the app's connection is open and has just written (WAL not yet checkpointed).
    const backup = path.join(temp.dir, 'backup.db');
    const check = backupDatabase(temp.file, backup);
    expect(check.integrity).toBe('ok');
    expect(check.counts).toEqual(before);

    temp.db.$client.prepare("update recommendations set title = 'changed after the backup'").run();
    temp.db.$client.prepare('delete from recommendation_translations').run();
    temp.db.$client.close();

    const { keptAs } = restoreDatabase(backup, temp.file);
    expect(keptAs && existsSync(keptAs)).toBe(true);
    const restored = openDatabase(temp.file);
    expect(checkDatabaseFile(temp.file).counts).toEqual(before);
    const titles = restored.$client.prepare("select count(*) n from recommendations where title = 'changed after the backup'").get() as {
      n: number;
    };
    expect(titles.n).toBe(0);
    temp.db = restored;
  });

  it('refuses to overwrite an existing file and to restore a damaged backup', () => {
    temp = createTempDatabase({ seed: false });
    const existing = path.join(temp.dir, 'existing.db');
    writeFileSync(existing, 'x');
    expect(() => backupDatabase(temp!.file, existing)).toThrow(/already exists/);
    const damaged = path.join(temp.dir, 'damaged.db');
    writeFileSync(damaged, 'not a database at all '.repeat(100));
    expect(() => restoreDatabase(damaged, temp!.file)).toThrow();
    expect(checkDatabaseFile(temp.file).integrity).toBe('ok');
  });
});
