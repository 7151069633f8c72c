/**
 * Initiative milestones from the record's sources (db/seed/record/milestones.json): only targets a source
 * states with a date, each citing that source and quoting it. Idempotent, keyed on each milestone's key:
 * a milestone a coordinator has since changed (marked done, rescheduled) is left as they left it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';

type Db = BetterSQLite3Database<typeof schema>;

export type MilestoneSeed = {
  key: string;
  initiative: string;
  title: { en: string; es: string };
  targetDate: string | null;
  doneDate: string | null;
  source: string;
  quote: string;
};

export function readMilestoneSeed(): MilestoneSeed[] {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'db/seed/record/milestones.json'), 'utf8')) as MilestoneSeed[];
}

/** Adds the seeded milestones that are missing; returns how many it added. */
export function seedMilestones(db: Db, seed: MilestoneSeed[] = readMilestoneSeed()): number {
  let added = 0;
  for (const m of seed) {
    const seedKey = `milestone:${m.key}`;
    if (db.select({ id: schema.milestones.id }).from(schema.milestones).where(eq(schema.milestones.seedKey, seedKey)).get()) continue;
    const initiative = db
      .select({ id: schema.initiatives.id })
      .from(schema.initiatives)
      .where(eq(schema.initiatives.slug, m.initiative))
      .get();
    const source = db.select({ id: schema.sources.id }).from(schema.sources).where(eq(schema.sources.slug, m.source)).get();
    if (!initiative || !source) throw new Error(`milestone ${m.key}: unknown initiative or source`);
    db.insert(schema.milestones)
      .values({
        initiativeId: initiative.id,
        titleEn: m.title.en,
        titleEs: m.title.es,
        targetDate: m.targetDate,
        doneDate: m.doneDate,
        sourceId: source.id,
        seedKey,
      })
      .run();
    added++;
  }
  return added;
}
