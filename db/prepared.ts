/**
 * Statements prepared once per connection, for the hot write paths (the submission: issue 14).
 *
 * Building a query with drizzle and preparing it in SQLite costs far more than running it: preparing an
 * insert also compiles the table's triggers. `perConnection` builds a drizzle prepared query (values as
 * `sql.placeholder`) on first use and keeps it for that connection. The cache is keyed by the
 * better-sqlite3 connection, never held at module level: a restore, a shutdown or a test opens another
 * connection, and a statement outlives neither its connection nor the schema it was compiled against
 * (SQLite recompiles it by itself after a schema change).
 *
 * Placeholders differ from values in two ways that each statement must respect:
 * - a value left out of an insert takes the column's default when the statement is built, once; a
 *   column whose value may be missing needs a variant of the statement without it;
 * - in a condition (`eq(column, placeholder)`) drizzle does not convert the value for the column, so
 *   dates go in as milliseconds and booleans as 0 or 1; in an insert's values it does, except that it
 *   also converts null (JSON columns would store the text "null"): a nullable JSON or date column takes
 *   the converted value through `sql\`${sql.placeholder(…)}\``.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Tx } from './types';

type Connection = BetterSqlite3.Database;

/** The better-sqlite3 connection under a drizzle database or transaction. */
export function connectionOf(tx: object): Connection {
  const holder = tx as { $client?: Connection; session?: { client?: Connection } };
  const connection = holder.$client ?? holder.session?.client;
  // A drizzle upgrade that moves the client must fail loudly here, not prepare on a wrong connection.
  if (!connection || typeof connection.prepare !== 'function') throw new Error('connectionOf: not a drizzle better-sqlite3 database');
  return connection;
}

/** `build` run once per connection; its result (a prepared query) is reused on every later call. */
export function perConnection<T, D extends object = Tx>(build: (tx: D) => T): (tx: D) => T {
  const built = new WeakMap<Connection, T>();
  return (tx) => {
    const connection = connectionOf(tx);
    if (built.has(connection)) return built.get(connection)!;
    const value = build(tx);
    built.set(connection, value);
    return value;
  };
}

const STATEMENTS_KEPT = 256;
const statementsByConnection = new WeakMap<Connection, Map<string, BetterSqlite3.Statement>>();

/**
 * The connection's statement for this SQL text, prepared on first use and kept (the 256 most recently used
 * per connection), for queries whose text varies with their filters and so cannot be built once like
 * `perConnection`'s. A kept statement keeps the mode its last caller set: set `raw`/`pluck` on every use.
 */
export function statementFor(tx: object, text: string): BetterSqlite3.Statement {
  const connection = connectionOf(tx);
  let kept = statementsByConnection.get(connection);
  if (!kept) statementsByConnection.set(connection, (kept = new Map()));
  const held = kept.get(text);
  if (held) {
    // Most recently used last, so the oldest is dropped first.
    kept.delete(text);
    kept.set(text, held);
    return held;
  }
  const statement = connection.prepare(text);
  kept.set(text, statement);
  if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
  return statement;
}
