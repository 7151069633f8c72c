import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { historyEvents, recommendations } from '@/db/schema';
import { getSiteSettings, updateSiteSettings } from '@/lib/admin/settings';
import type { CurrentUser } from '@/lib/auth/current-user';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { changeStatus } from '@/lib/triage/change-status';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { changeStatusAction } = await import('@/lib/triage/actions');

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
  it('is on by default: refuses a response in one language, naming the one left empty, and changes nothing; both languages pass', async () => {
    expect(getSiteSettings().responsesInBothLanguages).toBe(true);
    const ref = await underReview();
    const before = current(ref);
    const mx = people['coordinator.mx']!;
    const notAdopted = { ref, version: before.version, to: 'not_adopted', reason: 'other' } as const;
    const spanishOnly = changeStatus(mx, { ...notAdopted, responseEs: 'Fuera del alcance.' });
    await expect(spanishOnly).rejects.toThrow('responseNeedsBothLanguages');
    await expect(spanishOnly).rejects.toMatchObject({ field: 'responseEn' });
    const englishOnly = changeStatus(mx, { ...notAdopted, responseEn: 'Out of scope.', responseEs: '   ' });
    await expect(englishOnly).rejects.toThrow('responseNeedsBothLanguages');
    await expect(englishOnly).rejects.toMatchObject({ field: 'responseEs' });
    expect(current(ref)).toEqual(before);
    await changeStatus(mx, { ...notAdopted, responseEn: 'Out of scope.', responseEs: 'Fuera del alcance.' });
    expect(current(ref).status).toBe('not_adopted');
  });

  it("is refused by the status action on the missing language's field, with nothing changed", async () => {
    const ref = await underReview();
    const before = current(ref);
    caller.current = people['coordinator.us']!;
    try {
      const notAdopted = { ref, version: before.version, to: 'not_adopted', reason: 'other' } as const;
      const englishOnly = await changeStatusAction({ ...notAdopted, responseEn: 'Out of scope.' });
      expect(englishOnly?.serverError).toBeUndefined();
      expect(englishOnly?.validationErrors?.fieldErrors).toEqual({ responseEs: ['responseNeedsSpanish'] });
      const spanishOnly = await changeStatusAction({ ...notAdopted, responseEs: 'Fuera del alcance.' });
      expect(spanishOnly?.validationErrors?.fieldErrors).toEqual({ responseEn: ['responseNeedsEnglish'] });
      expect(current(ref)).toEqual(before);
      const events = database.db().select().from(historyEvents).where(eq(historyEvents.recommendationId, before.id)).all();
      expect(events.map((e) => e.toStatus)).not.toContain('not_adopted');
    } finally {
      caller.current = null;
    }
  });

  it('turned off by an administrator, publishes a response in one language (readers of the other see it as not yet translated)', async () => {
    updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: false });
    try {
      const ref = await underReview();
      await changeStatus(people['coordinator.mx']!, {
        ref,
        version: current(ref).version,
        to: 'not_adopted',
        reason: 'other',
        responseEn: 'Out of scope.',
      });
      expect(current(ref).status).toBe('not_adopted');
      const event = database
        .db()
        .select()
        .from(historyEvents)
        .where(eq(historyEvents.recommendationId, current(ref).id))
        .all()
        .findLast((e) => e.toStatus === 'not_adopted')!;
      expect(event).toMatchObject({ isPublic: true, publicResponseEn: 'Out of scope.', publicResponseEs: null });
    } finally {
      updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: true });
    }
  });
});
