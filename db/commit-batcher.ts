/**
 * Group commit: write transactions that arrive together share one durable commit.
 *
 * With synchronous=FULL every COMMIT waits for the WAL to reach the disk, so a server that commits each
 * submission on its own pays one sync per submission. Here each piece of work asks for its transaction
 * with `inGroupCommit`; the pieces queued in the same turn of the event loop run one after another inside
 * ONE `BEGIN IMMEDIATE` transaction, each in a savepoint of its own, and the transaction commits once.
 *
 * - Isolation: a piece that throws rolls back to its savepoint only; the others still commit. Each piece
 *   sees the pieces before it (same connection), so per-account limits and reference counters stay exact.
 * - Durability: no promise settles before the COMMIT returned, so nothing is acknowledged that a crash
 *   could lose. If the COMMIT itself fails, every piece of the group is rejected with that error.
 * - Work must be synchronous (better-sqlite3), as for `db.transaction`.
 */
import type { Database } from './open';
import type { Tx } from './types';

/** More than this many pieces waiting are split into several commits, so one commit never blocks for long. */
export const MAX_GROUP = 64;

type Piece = { work: (tx: Tx) => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
type Queue = { pieces: Piece[]; scheduled: boolean };

// One queue per connection, kept beside it on globalThis for the same reason as the connection (db/shared.ts):
// every route bundle has its own copy of this module, and they must share one group.
const globalForGroups = globalThis as typeof globalThis & { hledCommitGroups?: WeakMap<object, Queue> };
const queues = (globalForGroups.hledCommitGroups ??= new WeakMap<object, Queue>());

function queueOf(db: Database): Queue {
  let queue = queues.get(db.$client);
  if (!queue) queues.set(db.$client, (queue = { pieces: [], scheduled: false }));
  return queue;
}

/** Runs `work` in a write transaction shared with the other work queued now; settles after the durable commit. */
export function inGroupCommit<T>(db: Database, work: (tx: Tx) => T): Promise<T> {
  const queue = queueOf(db);
  return new Promise<T>((resolve, reject) => {
    queue.pieces.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!queue.scheduled) {
      queue.scheduled = true;
      setImmediate(() => commitGroups(db, queue));
    }
  });
}

function commitGroups(db: Database, queue: Queue) {
  queue.scheduled = false;
  while (queue.pieces.length > 0) commitGroup(db, queue.pieces.splice(0, MAX_GROUP));
}

function commitGroup(db: Database, group: Piece[]) {
  let outcomes: Outcome[];
  try {
    outcomes = db.transaction(
      (tx) =>
        group.map((piece): Outcome => {
          try {
            // A nested transaction is a SAVEPOINT: a failing piece undoes only its own writes.
            return { ok: true, value: tx.transaction((inner) => piece.work(inner)) };
          } catch (error) {
            return { ok: false, error };
          }
        }),
      { behavior: 'immediate' },
    );
  } catch (error) {
    for (const piece of group) piece.reject(error);
    return;
  }
  group.forEach((piece, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) piece.resolve(outcome.value);
    else piece.reject(outcome.error);
  });
}
