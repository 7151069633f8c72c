/**
 * Human references: HLED-<year>-<sequence>, at least four digits, unique and gap-free per year.
 * The counter is raised inside the submission's own write transaction (BEGIN IMMEDIATE), so two
 * submissions can never take the same number and a rolled-back submission gives its number back.
 */
import { sql } from 'drizzle-orm';
import { referenceCounters } from '@/db/schema';
import type { Tx } from '@/db/types';

export function formatReference(year: number, sequence: number): string {
  return `HLED-${year}-${String(sequence).padStart(4, '0')}`;
}

export function allocateReference(tx: Tx, year: number): string {
  const row = tx
    .insert(referenceCounters)
    .values({ year, lastSequence: 1 })
    .onConflictDoUpdate({ target: referenceCounters.year, set: { lastSequence: sql`${referenceCounters.lastSequence} + 1` } })
    .returning({ lastSequence: referenceCounters.lastSequence })
    .get();
  return formatReference(year, row.lastSequence);
}
