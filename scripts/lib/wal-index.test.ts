import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWalIndex, walIndexReader } from './wal-index';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function walDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hled-wal-index-'));
  const file = path.join(dir, 'index.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0'); // the test decides when to checkpoint
  db.exec('CREATE TABLE t (x TEXT)');
  cleanup.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, file };
}

describe('reading the WAL index of a live database', () => {
  it('sees the frames in the WAL, and a finished checkpoint as not running', () => {
    const { db, file } = walDatabase();
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 20; i++) insert.run('x'.repeat(3000));
    const index = walIndexReader(file);
    cleanup.push(() => index.close());
    const written = index.read()!;
    const log = (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    expect(written.framesInWal).toBe(log);
    expect(written.framesInWal).toBeGreaterThan(20);
    expect(written.checkpointRunning).toBe(false);
    const checkpointed = index.read()!;
    expect(checkpointed).toMatchObject({ backfilled: log, backfillAttempted: log, checkpointRunning: false });
  });

  it('reads a checkpoint cut short (copy attempted past what was copied) as running', () => {
    const bytes = Buffer.alloc(136);
    bytes.writeUInt32LE(3007000, 0); // iVersion
    bytes.writeUInt32LE(120, 16); // mxFrame
    bytes.writeUInt32LE(40, 96); // nBackfill
    bytes.writeUInt32LE(120, 128); // nBackfillAttempted
    expect(parseWalIndex(bytes)).toEqual({ framesInWal: 120, backfilled: 40, backfillAttempted: 120, checkpointRunning: true });
    expect(parseWalIndex(Buffer.alloc(136))).toBeNull(); // never initialised
    expect(parseWalIndex(Buffer.alloc(10))).toBeNull();
  });
});
