import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pageRevalidations, rateLimits, recommendations } from '@/db/schema';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { cachedUntilPublicChange } from './cache';

const database = useTemporaryGlobalDatabase();

/** Counts how often the answer is computed, which is what a cache saves. */
function counter(key: string) {
  let computed = 0;
  return { read: () => cachedUntilPublicChange(key, () => ++computed), computed: () => computed };
}

describe('answers cached until public data changes', () => {
  it('survive writes that change nothing public: a rate limit counted, a stored page invalidated', () => {
    const c = counter('test:survives');
    c.read();
    database.db().insert(rateLimits).values({ bucket: 'register', address: '192.0.2.1', fullAt: Date.now() }).run();
    database.db().insert(pageRevalidations).values({ tag: '_N_T_/en', expiredAt: Date.now() }).run();
    expect(c.read()).toBe(1);
    expect(c.computed()).toBe(1);
  });

  it('are computed again after a change to a recommendation, and not kept when computed inside a transaction', () => {
    const c = counter('test:replaced');
    const before = c.read();
    const db = database.db();
    const first = db.select({ id: recommendations.id, consent: recommendations.consent }).from(recommendations).limit(1).get()!;
    db.update(recommendations).set({ consent: first.consent }).where(eq(recommendations.id, first.id)).run();
    expect(c.read()).toBe(before + 1);
    // Inside a transaction the answer may see writes that are rolled back: computed, never kept.
    db.transaction(() => {
      expect(c.read()).toBe(before + 2);
    });
    expect(c.read()).toBe(before + 1);
    expect(c.computed()).toBe(before + 2);
  });
});
