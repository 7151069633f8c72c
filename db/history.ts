/**
 * The one door to a recommendation's history (db/schema/history.ts `historyEvents`): every row of the
 * append-only trail is written here, so each names who acted in which role, what kind of event it is
 * and whether the public sees it. The database refuses updates and deletes of these rows (the triggers
 * migration); test/architecture/doors.test.ts fails if a row is inserted anywhere else.
 */
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';
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

/** Appends one event to a recommendation's history, inside the caller's transaction; returns its id. */
export function appendHistory(tx: Tx | BetterSQLite3Database<typeof schema>, entry: HistoryEntry): number {
  const { actor, response } = entry;
  return tx
    .insert(historyEvents)
    .values({
      recommendationId: entry.recommendationId,
      actorId: actor === 'system' ? null : actor.id,
      actorRole: actor === 'system' ? 'system' : actor.role,
      kind: entry.kind,
      fromStatus: entry.from,
      toStatus: entry.to,
      isPublic: entry.isPublic,
      publicResponseEn: response?.en,
      publicResponseEs: response?.es,
      internalReason: entry.internalReason,
      details: entry.details,
      createdAt: entry.at,
    })
    .returning({ id: historyEvents.id })
    .get().id;
}
