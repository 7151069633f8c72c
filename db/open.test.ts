import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { openDatabase, resolveDatabaseFile } from './open';

const TABLES = [
  'sources',
  'agencies',
  'pillars',
  'pillar_sources',
  'meetings',
  'meeting_sources',
  'initiatives',
  'initiative_leads',
  'initiative_sources',
  'progress_updates',
  'recommendations',
  'recommendation_initiatives',
  'recommendation_translations',
  'recommendation_rounds',
  'history_events',
  'reference_counters',
];

function rowCounts(client: import('better-sqlite3').Database) {
  return Object.fromEntries(TABLES.map((t) => [t, (client.prepare(`select count(*) n from ${t}`).get() as { n: number }).n]));
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

describe('opening the database', () => {
  it('runs in WAL mode with full sync, foreign keys and a busy timeout', () => {
    const temp = createTempDatabase({ seed: false });
    cleanup.push(temp.dispose);
    const client = temp.db.$client;
    expect(client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(client.pragma('synchronous', { simple: true })).toBe(2);
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('creates the folder of a database file that does not exist yet', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hled-open-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const db = openDatabase(path.join(dir, 'nested', 'deeper', 'hled.db'), { seed: false });
    db.$client.close();
  });

  it('stops with a message naming the file when it cannot be opened', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hled-open-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const notADatabase = path.join(dir, 'garbage.db');
    writeFileSync(notADatabase, 'this is not a SQLite database, it is a text file of some length'.repeat(20));
    expect(() => openDatabase(notADatabase)).toThrow(new RegExp(`database at ${notADatabase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('reads DATABASE_URL as a file: URL or a plain path, defaulting to data/hled.db', () => {
    expect(resolveDatabaseFile('file:/srv/hled.db')).toBe('/srv/hled.db');
    expect(resolveDatabaseFile('file:///srv/hled.db')).toBe('/srv/hled.db');
    expect(resolveDatabaseFile('/srv/other.db')).toBe('/srv/other.db');
    expect(resolveDatabaseFile('file:relative/x.db')).toBe(path.resolve('relative/x.db'));
    expect(resolveDatabaseFile(undefined)).toBe(path.resolve('data/hled.db'));
    expect(resolveDatabaseFile('  ')).toBe(path.resolve('data/hled.db'));
  });
});

describe('seeding', () => {
  it('changes nothing when the app starts a second time', () => {
    const temp = createTempDatabase();
    cleanup.push(() => rmSync(temp.dir, { recursive: true, force: true }));
    const first = rowCounts(temp.db.$client);
    temp.db.$client.close();
    const again = openDatabase(temp.file);
    expect(rowCounts(again.$client)).toEqual(first);
    again.$client.close();
  });

  it('adds nothing twice even when the record is loaded again in full', () => {
    const temp = createTempDatabase();
    cleanup.push(temp.dispose);
    const first = rowCounts(temp.db.$client);
    // Forget the record's hash so the loader walks every item again.
    temp.db.$client.prepare("delete from settings where key = 'seed.record.hash'").run();
    temp.db.$client.close();
    const again = openDatabase(temp.file);
    expect(rowCounts(again.$client)).toEqual(first);
    again.$client.close();
  });

  it("keeps a coordinator's edit of a seeded initiative when seeding again", () => {
    const temp = createTempDatabase();
    cleanup.push(() => rmSync(temp.dir, { recursive: true, force: true }));
    const client = temp.db.$client;
    const { slug } = client.prepare('select slug from initiatives limit 1').get() as { slug: string };
    client.prepare("update initiatives set title_en = 'Edited by a coordinator' where slug = ?").run(slug);
    client.prepare("delete from settings where key = 'seed.record.hash'").run();
    client.close();
    const again = openDatabase(temp.file);
    const row = again.$client.prepare('select title_en from initiatives where slug = ?').get(slug) as { title_en: string };
    expect(row.title_en).toBe('Edited by a coordinator');
    again.$client.close();
  });
});

describe('history', () => {
  it('refuses to update or delete a history row', () => {
    const temp = createTempDatabase();
    cleanup.push(temp.dispose);
    const client = temp.db.$client;
    const { id } = client.prepare('select id from history_events limit 1').get() as { id: number };
    expect(() => client.prepare("update history_events set public_response_en = 'rewritten' where id = ?").run(id)).toThrow(/append-only/);
    expect(() => client.prepare('delete from history_events where id = ?').run(id)).toThrow(/append-only/);
  });
});
