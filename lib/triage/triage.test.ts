import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, recommendations, settings } from '@/db/schema';
import { publiclyVisible } from '@/lib/recommendations/visibility';
import { useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { assignRecommendations, startReview } from './assignment';
import { SITE_SETTING_KEYS } from '@/lib/admin/settings';
import { changeStatus, confirmStatus } from './change-status';
import { linkRecommendationToInitiative } from './links';
import { hideRecommendation, mergeDuplicate } from './moderation';
import { listQueue } from './queue';
import { parseQueueFilters } from './queue-filters';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

/** A fresh received recommendation from the demo stakeholder in the given pillar. */
function sample(pillarSlug: string) {
  const db = database.db();
  const rows = db.select().from(recommendations).where(eq(recommendations.status, 'received')).all();
  const pillarId = db.$client.prepare('select id from pillars where slug = ?').pluck().get(pillarSlug) as number;
  const row = rows.find((r) => r.pillarId === pillarId && r.isSample);
  if (!row) throw new Error(`no received sample left in ${pillarSlug}`);
  return row;
}
const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

describe('triage', () => {
  it('takes a recommendation to implemented only when both governments confirm, telling the submitter each time', async () => {
    const { ref } = sample('building-back-together');
    const mx = people['coordinator.mx']!;
    const us = people['coordinator.us']!;
    startReview(mx, [{ ref, version: current(ref).version }]);
    await linkRecommendationToInitiative(mx, {
      ref,
      version: current(ref).version,
      initiative: 'semiconductor-supply-chains',
      explanationEn: 'It maps suppliers.',
    });
    await changeStatus(mx, {
      ref,
      version: current(ref).version,
      to: 'accepted',
      responseEn: 'Both governments take this up.',
      responseEs: 'Ambos gobiernos la retoman.',
    });
    const implemented = {
      ref,
      version: current(ref).version,
      to: 'implemented',
      responseEn: 'Published.',
      responseEs: 'Se publicó.',
    } as const;
    expect((await changeStatus(mx, implemented)).pending).toBe(true);
    expect(current(ref).status).toBe('accepted');
    expect(current(ref).pendingStatus).toBe('implemented');
    await expect(confirmStatus(mx, ref, current(ref).version)).rejects.toThrow('alreadyConfirmedByYourGovernment');
    await confirmStatus(us, ref, current(ref).version);
    expect(current(ref).status).toBe('implemented');
    const notified = database
      .db()
      .select()
      .from(notifications)
      .where(eq(notifications.recommendationId, current(ref).id))
      .all();
    const submitterId = current(ref).submitterId;
    expect(notified.filter((n) => n.userId === submitterId).map((n) => n.kind)).toEqual([
      'received',
      'linked',
      'status_changed',
      'status_changed',
    ]);
    // The U.S. coordinators of its pillar were asked to confirm when Mexico marked it implemented.
    expect(notified.filter((n) => n.kind === 'confirmation_requested').map((n) => n.userId)).toEqual([us.id]);
  });

  it('applies implemented at once when bilateral confirmation is switched off', async () => {
    const db = database.db();
    db.insert(settings)
      .values({ key: SITE_SETTING_KEYS.bilateralConfirmation, value: false })
      .onConflictDoUpdate({ target: settings.key, set: { value: false } })
      .run();
    try {
      const { ref } = sample('tools-for-future-prosperity');
      const us = people['coordinator.us']!;
      await linkRecommendationToInitiative(us, {
        ref,
        version: current(ref).version,
        initiative: 'cybersecurity-cooperation',
        explanationEn: 'Workshops.',
      });
      await changeStatus(us, { ref, version: current(ref).version, to: 'accepted', responseEn: 'Taken up.', responseEs: 'Se retoma.' });
      const implemented = {
        ref,
        version: current(ref).version,
        to: 'implemented',
        responseEn: 'Held.',
        responseEs: 'Se realizó.',
      } as const;
      expect((await changeStatus(us, implemented)).pending).toBe(false);
      expect(current(ref).status).toBe('implemented');
    } finally {
      db.delete(settings).where(eq(settings.key, SITE_SETTING_KEYS.bilateralConfirmation)).run();
    }
  });

  it("refuses a coordinator outside the item's pillar as if it did not exist", async () => {
    const { ref, version } = sample('building-back-together');
    const pillarFour = people['coordinator.pillar4']!;
    await expect(changeStatus(pillarFour, { ref, version, to: 'under_review' })).rejects.toThrow('notFound');
    expect(() => hideRecommendation(pillarFour, { ref, version, reason: 'spam' })).toThrow('notFound');
    expect(() => assignRecommendations(pillarFour, [{ ref, version }], pillarFour.id)).toThrow('notFound');
    const queue = listQueue(pillarFour, parseQueueFilters({}));
    expect(queue.items.every((item) => item.pillarNumber === 4)).toBe(true);
  });

  it('refuses a change made from an old version: the second editor gets a conflict', async () => {
    const { ref, version } = sample('investing-in-our-people');
    const mx = people['coordinator.mx']!;
    await changeStatus(mx, { ref, version, to: 'under_review' });
    await expect(
      changeStatus(people['coordinator.us']!, { ref, version, to: 'not_adopted', reason: 'other', responseEn: 'No.', responseEs: 'No.' }),
    ).rejects.toThrow('conflict');
    expect(current(ref).status).toBe('under_review');
  });

  it('merges a duplicate into its original without deleting anything, and hides spam from the public', async () => {
    const mx = people['coordinator.mx']!;
    const first = sample('sustainable-development-southern-mexico-central-america');
    startReview(mx, [{ ref: first.ref, version: first.version }]);
    const duplicate = sample('building-back-together');
    await mergeDuplicate(mx, { ref: duplicate.ref, version: duplicate.version, into: first.ref.toLowerCase() });
    expect(current(duplicate.ref)).toMatchObject({ status: 'merged', mergedIntoId: first.id, title: duplicate.title });

    const spam = sample('investing-in-our-people');
    hideRecommendation(mx, { ref: spam.ref, version: spam.version, reason: 'Advertising' });
    const visible = database
      .db()
      .select({ ref: recommendations.ref })
      .from(recommendations)
      .where(publiclyVisible())
      .all()
      .map((r) => r.ref);
    expect(visible).not.toContain(spam.ref);
    expect(current(spam.ref).hiddenReason).toBe('Advertising');
  });
});
