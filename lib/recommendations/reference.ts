/**
 * Human references: HLED-<year>-<sequence>, at least four digits, unique and gap-free per year.
 * The counter is raised inside the submission's own write transaction (BEGIN IMMEDIATE), so two
 * submissions can never take the same number and a rolled-back submission gives its number back.
 */
import { sql } from 'drizzle-orm';
import { referenceCounters } from '@/db/schema';
import { perConnection } from '@/db/prepared';
import type { Tx } from '@/db/types';

export function formatReference(year: number, sequence: number): string {
  return `HLED-${year}-${String(sequence).padStart(4, '0')}`;
}

// Raised on every submission: prepared once per connection (db/prepared.ts).
const raiseCounter = perConnection((tx: Tx) =>
  tx
    .insert(referenceCounters)
    .values({ year: sql.placeholder('year'), lastSequence: 1 })
    .onConflictDoUpdate({ target: referenceCounters.year, set: { lastSequence: sql`${referenceCounters.lastSequence} + 1` } })
    .returning({ lastSequence: referenceCounters.lastSequence })
    .prepare(),
);

export function allocateReference(tx: Tx, year: number): string {
  const row = raiseCounter(tx).get({ year })!;
  return formatReference(year, row.lastSequence);
}
