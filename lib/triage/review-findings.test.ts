/**
 * The security review's findings on the coordinators' workspace, each reproduced through the real
 * server action or public reader it was found in: L2 (workflow rules bypassed by changeStatusAction),
 * L3 (a hidden original's reference published by a merge), I9 (actions without a version skip the
 * conflict check).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { historyEvents, initiatives, recommendations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { listPublicDecisions } from '@/lib/public/decisions';
import { recommendationDetailResource } from '@/lib/public/api/resources';
import { getPublicRecommendation } from '@/lib/public/recommendation';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { mergeDuplicate } from './moderation';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { assignAction, changeStatusAction, startReviewAction } = await import('./actions');
const { saveInitiativeAction } = await import('@/lib/record/actions');
const { withdrawRecommendationAction } = await import('@/lib/recommendations/actions');

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
let sequence = 0;

/** A new received recommendation of the demo stakeholder in Pillar I, submitted days ago. */
function received(consent: 'name_and_organization' | 'confidential' = 'name_and_organization') {
  sequence += 1;
  const input = recommendationInput({ title: `Shared inspection lanes ${sequence}`, consent });
  const db = database.db();
  const created = db.transaction((tx) =>
    createRecommendation(tx, people['stakeholder']!, input, { now: new Date(Date.now() - 3 * 86_400_000) }),
  );
  return current(created.ref);
}
const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

async function as<T>(who: string, call: () => Promise<T>): Promise<T> {
  caller.current = people[who]!;
  try {
    return await call();
  } finally {
    caller.current = null;
  }
}

describe('L2: the change-status action keeps the workflow rules whatever the form offers', () => {
  it('L2: refuses hidden without an internal reason', async () => {
    const item = received();
    const result = await as('coordinator.us', () => changeStatusAction({ ref: item.ref, version: item.version, to: 'hidden' }));
    expect(result?.serverError).toBe('needsReason');
    expect(current(item.ref)).toMatchObject({ status: 'received', hiddenReason: null, version: item.version });
    const events = database.db().select().from(historyEvents).where(eq(historyEvents.recommendationId, item.id)).all();
    expect(events.map((e) => e.kind)).toEqual(['submitted']);
  });

  it('L2: refuses merged without an original', async () => {
    const item = received();
    const result = await as('coordinator.us', () => changeStatusAction({ ref: item.ref, version: item.version, to: 'merged' }));
    expect(result?.serverError).toBe('needsOriginal');
    expect(current(item.ref)).toMatchObject({ status: 'received', mergedIntoId: null, version: item.version });
  });
});

describe('L3: a merge into a confidential or hidden original', () => {
  it("L3: shows a public item merged into a confidential one as merged, without the original's reference, on the page, in the API and the decisions", async () => {
    const original = received('confidential');
    const duplicate = received();
    await mergeDuplicate(people['coordinator.mx']!, { ref: duplicate.ref, version: duplicate.version, into: original.ref });

    const page = getPublicRecommendation(duplicate.ref)!;
    expect(page.status).toBe('merged');
    expect(page.mergedInto).toBeNull();
    const merge = page.timeline.find((e) => e.kind === 'merged')!;
    expect(merge.toStatus).toBe('merged');
    expect(merge.details).not.toHaveProperty('into');
    expect(JSON.stringify(recommendationDetailResource(page))).not.toContain(original.ref);
    const log = listPublicDecisions({ limit: 100 });
    expect('decisions' in log && JSON.stringify(log.decisions)).not.toContain(original.ref);
  });

  it('L3: still names a public original', async () => {
    const original = received();
    const duplicate = received();
    await mergeDuplicate(people['coordinator.mx']!, { ref: duplicate.ref, version: duplicate.version, into: original.ref });
    expect(getPublicRecommendation(duplicate.ref)!.timeline.find((e) => e.kind === 'merged')!.details.into).toBe(original.ref);
  });
});

describe('I9: every action that changes a versioned row needs the version it was read at', () => {
  it('I9: assignAction refuses a call without a version, and one from an old version', async () => {
    const item = received();
    const coordinator = people['coordinator.us']!;
    const unversioned = await as('coordinator.us', () => assignAction({ refs: [item.ref], assigneeId: coordinator.id } as never));
    expect(unversioned?.data).toBeUndefined();
    const stale = await as('coordinator.us', () =>
      assignAction({ items: [{ ref: item.ref, version: item.version + 1 }], assigneeId: coordinator.id } as never),
    );
    expect(stale?.serverError).toBe('conflict');
    expect(current(item.ref)).toMatchObject({ assigneeId: null, version: item.version });
  });

  it('I9: startReviewAction refuses a call without a version, and one from an old version', async () => {
    const item = received();
    const unversioned = await as('coordinator.us', () => startReviewAction({ refs: [item.ref] } as never));
    expect(unversioned?.data).toBeUndefined();
    const stale = await as('coordinator.us', () => startReviewAction({ items: [{ ref: item.ref, version: item.version + 1 }] } as never));
    expect(stale?.serverError).toBe('conflict');
    expect(current(item.ref)).toMatchObject({ status: 'received', version: item.version });
  });

  it('I9: saveInitiativeAction refuses an edit without a version', async () => {
    const before = database.db().select().from(initiatives).where(eq(initiatives.slug, 'semiconductor-supply-chains')).get()!;
    const result = await as('coordinator.us', () =>
      saveInitiativeAction({
        slug: before.slug,
        pillar: 'building-back-together',
        titleEn: 'Renamed without a version',
        titleEs: before.titleEs,
        descriptionEn: before.descriptionEn,
        descriptionEs: before.descriptionEs,
        state: before.state,
        leads: [],
        existingSlug: before.slug,
      }),
    );
    expect(result?.data).toBeUndefined();
    expect(database.db().select().from(initiatives).where(eq(initiatives.slug, before.slug)).get()).toMatchObject({
      titleEn: before.titleEn,
      version: before.version,
    });
  });

  it('I9: withdrawRecommendationAction refuses a call without a version, and one from an old version', async () => {
    const item = received();
    const unversioned = await as('stakeholder', () =>
      withdrawRecommendationAction({ ref: item.ref, reason: '', hideText: false } as never),
    );
    expect(unversioned?.data).toBeUndefined();
    const stale = await as('stakeholder', () =>
      withdrawRecommendationAction({ ref: item.ref, version: item.version + 1, reason: '', hideText: false } as never),
    );
    expect(stale?.serverError).toBe('conflict');
    expect(current(item.ref)).toMatchObject({ status: 'received', version: item.version });
  });
});
