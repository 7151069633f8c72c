/**
 * The one door to a recommendation's history (db/schema/history.ts `historyEvents`): every row of the
 * append-only trail is written here, so each names who acted in which role, what kind of event it is
 * and whether the public sees it. The database refuses updates and deletes of these rows (the triggers
 * migration); test/architecture/doors.test.ts fails if a row is inserted anywhere else.
 */
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';
import { sql } from 'drizzle-orm';
import { perConnection } from './prepared';
import { historyEvents } from './schema';
import type { Tx } from './types';
import type { HistoryKind, RecommendationStatus, Role } from './vocabulary';

export type HistoryEntry = {
  recommendationId: number;
  /** A person in the role they acted in, or the system (the seeded record, sample data). */
  actor: { id: number; role: Role } | 'system';
  kind: HistoryKind;
  from?: RecommendationStatus | null;
  to?: RecommendationStatus | null;
  /** Public events appear on the recommendation's timeline and in the public log of decisions. */
  isPublic: boolean;
  /** The public response, in the language or languages it was written in (null: not written in that one). */
  response?: { en: string | null; es: string | null };
  /** Why an item was hidden: for coordinators only. */
  internalReason?: string | null;
  details?: Record<string, unknown> | null;
  /** When it happened, if not now (seeded and sample data). */
  at?: Date;
};

type Writer = Tx | BetterSQLite3Database<typeof schema>;

// Every use case appends here, the submission on every request: prepared once per connection
// (db/prepared.ts). A missing value is null, as drizzle writes it for these columns (none has a default),
// except `createdAt`, whose default is the database's clock: an entry without `at` uses the statement
// without the column. `details` goes in as its JSON text, so that null stays NULL (see db/prepared.ts).
const columns = {
  recommendationId: sql.placeholder('recommendationId'),
  actorId: sql.placeholder('actorId'),
  actorRole: sql.placeholder('actorRole'),
  kind: sql.placeholder('kind'),
  fromStatus: sql.placeholder('fromStatus'),
  toStatus: sql.placeholder('toStatus'),
  isPublic: sql.placeholder('isPublic'),
  publicResponseEn: sql.placeholder('publicResponseEn'),
  publicResponseEs: sql.placeholder('publicResponseEs'),
  internalReason: sql.placeholder('internalReason'),
  details: sql`${sql.placeholder('details')}`,
};
const insertAt = perConnection((tx: Writer) =>
  tx
    .insert(historyEvents)
    .values({ ...columns, createdAt: sql.placeholder('createdAt') })
    .returning({ id: historyEvents.id })
    .prepare(),
);
const insertNow = perConnection((tx: Writer) => tx.insert(historyEvents).values(columns).returning({ id: historyEvents.id }).prepare());

/** Appends one event to a recommendation's history, inside the caller's transaction; returns its id. */
export function appendHistory(tx: Writer, entry: HistoryEntry): number {
  const { actor, response } = entry;
  const values = {
    recommendationId: entry.recommendationId,
    actorId: actor === 'system' ? null : actor.id,
    actorRole: actor === 'system' ? 'system' : actor.role,
    kind: entry.kind,
    fromStatus: entry.from ?? null,
    toStatus: entry.to ?? null,
    isPublic: entry.isPublic,
    publicResponseEn: response?.en ?? null,
    publicResponseEs: response?.es ?? null,
    internalReason: entry.internalReason ?? null,
    details: entry.details == null ? null : JSON.stringify(entry.details),
  };
  const row = entry.at === undefined ? insertNow(tx).get(values) : insertAt(tx).get({ ...values, createdAt: entry.at });
  return row!.id;
}
