import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { milestones, sources } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { readMilestoneSeed, seedMilestones } from './seed-milestones';

const database = useTemporaryGlobalDatabase();

describe('seeded milestones', () => {
  it('are only targets with a date a source states, each citing its source, and seeding again adds nothing', async () => {
    await seedDemoData(database.db());
    const rows = database
      .db()
      .select({ title: milestones.titleEn, target: milestones.targetDate, done: milestones.doneDate, source: sources.slug })
      .from(milestones)
      .innerJoin(sources, eq(sources.id, milestones.sourceId))
      .all();
    expect(rows).toHaveLength(readMilestoneSeed().length);
    for (const row of rows) {
      expect(row.target).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.done).toBeNull(); // no source says these were completed
      expect(row.source).toBe('state-mid-year-review-2024-04-19');
    }
    for (const seed of readMilestoneSeed())
      expect(seed.quote).toContain(new Date(`${seed.targetDate}T12:00:00Z`).getUTCFullYear().toString());
    expect(seedMilestones(database.db())).toBe(0);
  });
});
