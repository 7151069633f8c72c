import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { createTempDatabase } from '@/test/temp-database';
import { backupDatabase, checkDatabaseFile, restoreDatabase } from './backup';
import { attachmentsBeside } from './backup-files';
import { openDatabase } from './open';

let temp: ReturnType<typeof createTempDatabase> | undefined;
afterEach(() => temp?.dispose());

describe('backups', { timeout: 30_000 }, () => {
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

  it('carries the attachments, and restores nothing when a backed-up file no longer matches its SHA-256', () => {
    temp = createTempDatabase();
    const folder = path.join(temp.dir, 'attachments');
    mkdirSync(folder);
    const content = Buffer.from('%PDF-1.4 a position paper');
    const storedName = 'a'.repeat(32);
    writeFileSync(path.join(folder, storedName), content);
    const client = temp.db.$client;
    client
      .prepare(
        "insert into recommendations (ref, pillar_id, title, body, sector, country, language, consent, topics, funding_declaration, submitted_at, updated_at) select 'HLED-2026-9001', id, 't', 'b', 'ngo', 'mx', 'es', 'name_and_organization', '[]', 'none', 0, 0 from pillars limit 1",
      )
      .run();
    client
      .prepare(
        "insert into attachments (recommendation_id, stored_name, public_name, type, size, sha256) select id, ?, 'p.pdf', 'pdf', ?, ? from recommendations where ref = 'HLED-2026-9001'",
      )
      .run(storedName, content.length, createHash('sha256').update(content).digest('hex'));
    const backup = path.join(temp.dir, 'backup.db');
    expect(backupDatabase(temp.file, backup).attachments).toEqual({ files: 1, bytes: content.length });
    expect(readFileSync(path.join(attachmentsBeside(backup), storedName)).equals(content)).toBe(true);

    // Lost from the live folder, then restored from the backup.
    rmSync(path.join(folder, storedName));
    client.close();
    const { check } = restoreDatabase(backup, temp.file);
    expect(check.attachments).toMatchObject({ files: 1 });
    expect(readFileSync(path.join(folder, storedName)).equals(content)).toBe(true);

    // A backup whose file was altered is refused before anything is replaced.
    writeFileSync(path.join(attachmentsBeside(backup), storedName), 'tampered');
    expect(() => restoreDatabase(backup, temp!.file)).toThrow(/does not match its recorded SHA-256/);
    expect(readFileSync(path.join(folder, storedName)).equals(content)).toBe(true);
    temp.db = openDatabase(temp.file);
  });
});
