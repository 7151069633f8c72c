import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recommendations } from '@/db/schema';
import { updateSiteSettings } from '@/lib/admin/settings';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { changeStatus } from '@/lib/triage/change-status';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

async function underReview() {
  const db = database.db();
  const { ref } = db.transaction((tx) =>
    createRecommendation(tx, people.industry!, recommendationInput(), { now: new Date(Date.now() - 3 * 86_400_000) }),
  );
  await changeStatus(people['coordinator.mx']!, { ref, version: current(ref).version, to: 'under_review' });
  return ref;
}

describe('the site setting "public responses in both languages"', () => {
  it('is off by default: a response in one language is published (readers of the other see it as not yet translated)', async () => {
    const ref = await underReview();
    await changeStatus(people['coordinator.mx']!, {
      ref,
      version: current(ref).version,
      to: 'not_adopted',
      reason: 'other',
      responseEn: 'Out of scope.',
    });
    expect(current(ref).status).toBe('not_adopted');
  });

  it('turned on, refuses a response in one language and changes nothing; both languages pass', async () => {
    updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: true });
    try {
      const ref = await underReview();
      const before = current(ref);
      const mx = people['coordinator.mx']!;
      await expect(
        changeStatus(mx, { ref, version: before.version, to: 'not_adopted', reason: 'other', responseEs: 'Fuera del alcance.' }),
      ).rejects.toThrow('responseNeedsBothLanguages');
      expect(current(ref)).toEqual(before);
      await changeStatus(mx, {
        ref,
        version: before.version,
        to: 'not_adopted',
        reason: 'other',
        responseEn: 'Out of scope.',
        responseEs: 'Fuera del alcance.',
      });
      expect(current(ref).status).toBe('not_adopted');
    } finally {
      updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: false });
    }
  });
});
