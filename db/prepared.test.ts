import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { insertUser } from '@/test/users';
import { appendHistory, type HistoryEntry } from './history';
import { connectionOf, perConnection, statementFor } from './prepared';
import { historyEvents, recommendations } from './schema';

const temps: ReturnType<typeof createTempDatabase>[] = [];
const open = () => {
  const temp = createTempDatabase();
  temps.push(temp);
  return temp;
};
afterEach(() => {
  for (const temp of temps.splice(0)) temp.dispose();
});

describe('statements prepared once per connection', () => {
  it('finds the connection under a database and under its transactions, nested ones included', () => {
    const { db } = open();
    expect(connectionOf(db)).toBe(db.$client);
    db.transaction((tx) => {
      expect(connectionOf(tx)).toBe(db.$client);
      tx.transaction((inner) => expect(connectionOf(inner)).toBe(db.$client));
    });
    expect(() => connectionOf({})).toThrow(/not a drizzle/);
  });

  it('builds once per connection, and anew for another connection (a restore, a test)', () => {
    let builds = 0;
    const count = perConnection((tx) => {
      builds++;
      return tx
        .select({ n: sql<number>`count(*)` })
        .from(historyEvents)
        .where(sql`${historyEvents.kind} = ${sql.placeholder('kind')}`)
        .prepare();
    });
    const first = open().db;
    const before = count(first).get({ kind: 'submitted' })!.n;
    first.transaction((tx) => count(tx).get({ kind: 'submitted' }));
    expect(builds).toBe(1);

    const second = open().db;
    second.transaction((tx) => {
      const recommendationId = tx.select({ id: recommendations.id }).from(recommendations).limit(1).get()!.id;
      appendHistory(tx, { recommendationId, actor: 'system', kind: 'submitted', isPublic: false });
    });
    // Each connection counts its own rows: the statement of the first is never run on the second.
    expect(count(second).get({ kind: 'submitted' })!.n).toBe(before + 1);
    expect(count(first).get({ kind: 'submitted' })!.n).toBe(before);
    expect(builds).toBe(2);
  });
});

describe('appendHistory through its prepared statements', () => {
  it('writes the same row as the insert drizzle builds anew, for every shape of entry', () => {
    const { db } = open();
    const actor = insertUser(db, { role: 'coordinator', government: 'us', allPillars: true });
    const recommendationId = db.select({ id: recommendations.id }).from(recommendations).limit(1).get()!.id;
    const at = new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 890));
    const entries: HistoryEntry[] = [
      { recommendationId, actor: 'system', kind: 'submitted', to: 'received', isPublic: true, at },
      {
        recommendationId,
        actor: { id: actor.id, role: 'coordinator' },
        kind: 'status_changed',
        from: 'received',
        to: 'under_review',
        isPublic: true,
        response: { en: 'Thank you', es: null },
        details: { reason: 'x', list: [1, 2] },
        at,
      },
      {
        recommendationId,
        actor: { id: actor.id, role: 'coordinator' },
        kind: 'hidden',
        isPublic: false,
        internalReason: 'spam',
        details: null,
      },
      { recommendationId, actor: { id: actor.id, role: 'coordinator' }, kind: 'edited', from: null, to: null, isPublic: false },
    ];
    const columns = (id: number) => {
      const {
        id: _id,
        createdAt,
        ...rest
      } = db
        .select()
        .from(historyEvents)
        .where(sql`${historyEvents.id} = ${id}`)
        .get()!;
      return { ...rest, createdAt };
    };
    for (const entry of entries) {
      const prepared = columns(appendHistory(db, entry));
      const { actor: who, response } = entry;
      // The insert as appendHistory built it before it was prepared once per connection.
      const built = columns(
        db
          .insert(historyEvents)
          .values({
            recommendationId: entry.recommendationId,
            actorId: who === 'system' ? null : who.id,
            actorRole: who === 'system' ? 'system' : who.role,
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
          .get().id,
      );
      if (!entry.at) {
        // Both took the database's clock, a moment apart.
        expect(Math.abs(prepared.createdAt.getTime() - built.createdAt.getTime())).toBeLessThan(5_000);
        prepared.createdAt = built.createdAt;
      }
      expect(prepared).toEqual(built);
    }
    // A JSON null stays SQL NULL, not the text "null".
    expect(db.all(sql`select count(*) as n from history_events where details = 'null'`)).toEqual([{ n: 0 }]);
  });
});

describe('statements kept by their text', () => {
  it('prepares a text once per connection, and anew on another connection', () => {
    const first = open().db;
    const second = open().db;
    const text = 'select count(*) as n from pillars where number >= ?';
    const kept = statementFor(first, text);
    expect(statementFor(first, text)).toBe(kept);
    first.transaction((tx) => expect(statementFor(tx, text)).toBe(kept));
    expect(statementFor(second, text)).not.toBe(kept);
    expect(kept.raw(false).get(1)).toEqual({ n: 4 });
    expect(kept.raw(true).get(3)).toEqual([2]);
  });

  it('keeps the 256 most recently used texts of a connection', () => {
    const { db } = open();
    const texts = Array.from({ length: 300 }, (_, i) => `select ${i} as n`);
    const firstKept = statementFor(db, texts[0]!);
    const secondKept = statementFor(db, texts[1]!);
    for (const text of texts.slice(2, 256)) statementFor(db, text);
    expect(statementFor(db, texts[0]!)).toBe(firstKept); // used again: now the most recent
    for (const text of texts.slice(256)) statementFor(db, text);
    expect(statementFor(db, texts[0]!)).toBe(firstKept);
    const again = statementFor(db, texts[1]!); // the least recently used: dropped, so prepared again
    expect(again).not.toBe(secondKept);
    expect(again.raw(false).get()).toEqual({ n: 1 });
  });
});
