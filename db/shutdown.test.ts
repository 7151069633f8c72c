import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { closeDatabase, walAutocheckpointPages } from './open';
import { closeDb, getDb } from './shared';

const holder = globalThis as typeof globalThis & { hledDb?: unknown; hledDbClosed?: boolean };
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
  holder.hledDb = undefined;
  holder.hledDbClosed = undefined;
});

describe('closing the database at shutdown', () => {
  it('checkpoints every commit into the file and leaves no -wal or -shm to replay', () => {
    const temp = createTempDatabase();
    cleanup.push(temp.dispose);
    // Keep a commit in the WAL: a second connection holds a read snapshot, so no automatic checkpoint can finish.
    const reader = new Database(temp.file, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM pillars').get();
    temp.db.$client.prepare("INSERT INTO settings (key, value) VALUES ('shutdown.test', '\"kept\"')").run();
    expect(statSync(`${temp.file}-wal`).size).toBeGreaterThan(0);
    reader.prepare('COMMIT').run();
    reader.close();

    expect(closeDatabase(temp.db).walBytes).toBeGreaterThan(0);
    expect(existsSync(`${temp.file}-wal`)).toBe(false);
    expect(existsSync(`${temp.file}-shm`)).toBe(false);
    const reopened = new Database(temp.file, { readonly: true });
    expect(reopened.prepare("SELECT value FROM settings WHERE key = 'shutdown.test'").pluck().get()).toBe('"kept"');
    reopened.close();
    expect(closeDatabase(temp.db)).toEqual({ walBytes: 0 }); // a second close does nothing
  });

  it('refuses to open the process-wide connection again once the server closed it', () => {
    const temp = createTempDatabase();
    cleanup.push(() => temp.dispose());
    holder.hledDb = temp.db;
    expect(getDb()).toBe(temp.db);
    expect(closeDb()).not.toBeNull();
    expect(temp.db.$client.open).toBe(false);
    expect(() => getDb()).toThrow(/shutting down/);
    expect(closeDb()).toBeNull();
  });
});

describe('SQLITE_WAL_AUTOCHECKPOINT', () => {
  it('defaults to SQLite’s 1000 pages, takes a whole number (0 turns it off) and refuses anything else', () => {
    expect(walAutocheckpointPages(undefined)).toBe(1000);
    expect(walAutocheckpointPages(' ')).toBe(1000);
    expect(walAutocheckpointPages('8')).toBe(8);
    expect(walAutocheckpointPages('0')).toBe(0);
    expect(() => walAutocheckpointPages('-1')).toThrow(/whole number of pages/);
    expect(() => walAutocheckpointPages('lots')).toThrow(/whole number of pages/);
  });

  it('is applied to every connection', () => {
    const previous = process.env.SQLITE_WAL_AUTOCHECKPOINT;
    process.env.SQLITE_WAL_AUTOCHECKPOINT = '16';
    try {
      const temp = createTempDatabase({ seed: false });
      cleanup.push(temp.dispose);
      expect(temp.db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(16);
    } finally {
      if (previous === undefined) delete process.env.SQLITE_WAL_AUTOCHECKPOINT;
      else process.env.SQLITE_WAL_AUTOCHECKPOINT = previous;
    }
  });
});
