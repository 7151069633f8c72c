/**
 * Reads SQLite's WAL index (the -shm file) of a database whose server was just killed, to tell whether the
 * kill landed in the middle of a checkpoint. The file is the shared memory SQLite maps; after a SIGKILL it
 * keeps what the process last wrote. Layout (sqlite's wal.c, native byte order, little-endian here):
 * two copies of the 48-byte WalIndexHdr (mxFrame at offset 16), then WalCkptInfo at 96: nBackfill (u32),
 * aReadMark[5], aLock[8], nBackfillAttempted (u32, at 128). A checkpoint stores nBackfillAttempted before
 * it copies any frame into the database file and nBackfill only after the copy and its fsync: while the
 * first is ahead of the second, a checkpoint was running. One exception: recovering a WAL on start-up sets
 * nBackfillAttempted to the WAL's length and nBackfill to 0 without copying anything, and the index stays
 * so until the first checkpoint after it completes; `watchWalIndex` therefore trusts a "running" reading
 * only once it has seen a checkpoint complete since the server started.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export type WalIndexState = { framesInWal: number; backfilled: number; backfillAttempted: number; checkpointRunning: boolean };

const HEADER_BYTES = 136;

export function parseWalIndex(bytes: Buffer): WalIndexState | null {
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(0) === 0) return null; // never initialised
  const framesInWal = bytes.readUInt32LE(16);
  const backfilled = bytes.readUInt32LE(96);
  const backfillAttempted = bytes.readUInt32LE(128);
  return { framesInWal, backfilled, backfillAttempted, checkpointRunning: backfillAttempted > backfilled };
}

/** A reader kept open for polling the same file many times a millisecond. */
export function walIndexReader(databaseFile: string) {
  let fd: number | null = null;
  const buffer = Buffer.alloc(HEADER_BYTES);
  return {
    read(): WalIndexState | null {
      if (fd === null) {
        if (!existsSync(`${databaseFile}-shm`)) return null;
        fd = openSync(`${databaseFile}-shm`, 'r');
      }
      const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
      return parseWalIndex(buffer.subarray(0, read));
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/**
 * Follows the WAL index of a running server, many times a millisecond without starving the rest of the
 * process: `sawCompleted` turns true once a completed checkpoint (or an empty WAL) has been seen, after
 * which a "running" reading means a checkpoint really is running.
 */
export function watchWalIndex(databaseFile: string) {
  const index = walIndexReader(databaseFile);
  let sawCompleted = false;
  const look = (): WalIndexState | null => {
    const state = index.read();
    if (state && !state.checkpointRunning) sawCompleted = true;
    return state;
  };
  let timer: NodeJS.Timeout | null = setInterval(look, 5);
  return {
    get sawCompleted() {
      return sawCompleted;
    },
    /** Resolves true as soon as a trusted reading shows a checkpoint running, false after `forMs`. */
    async untilCheckpointRuns(forMs: number): Promise<boolean> {
      const until = Date.now() + forMs;
      while (Date.now() < until) {
        for (let i = 0; i < 200; i++) if (look()?.checkpointRunning && sawCompleted) return true;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return false;
    },
    stop(): WalIndexState | null {
      if (timer) clearInterval(timer);
      timer = null;
      const last = index.read();
      index.close();
      return last;
    },
  };
}
