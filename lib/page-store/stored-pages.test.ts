import { eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { initiatives, meetings, pillars, recommendationInitiatives, recommendations, users } from '@/db/schema';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { LIST_PAGES, pagesShowingInitiative, pagesShowingRecommendations, pagesShowingSubmitter } from './stored-pages';

const database = useTemporaryGlobalDatabase();

describe('the stored pages that show a recommendation', () => {
  it('are its page, the lists, its pillar, its initiatives and the fact sheets that can count or report it', () => {
    const db = database.db();
    const item = db
      .select({ id: recommendations.id, ref: recommendations.ref, pillar: pillars.slug, meetingId: recommendations.implementedMeetingId })
      .from(recommendations)
      .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
      .innerJoin(recommendationInitiatives, eq(recommendationInitiatives.recommendationId, recommendations.id))
      .where(isNotNull(recommendations.implementedMeetingId))
      .get()!;
    const initiative = db
      .select({ slug: initiatives.slug })
      .from(recommendationInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
      .where(eq(recommendationInitiatives.recommendationId, item.id))
      .get()!;
    const meeting = db.select({ slug: meetings.slug }).from(meetings).where(eq(meetings.id, item.meetingId!)).get()!;
    const pages = pagesShowingRecommendations(db, [item.ref]);
    expect(pages).toEqual(
      expect.arrayContaining([
        ...LIST_PAGES,
        `/recommendations/${item.ref}`,
        `/pillars/${item.pillar}`,
        `/initiatives/${initiative.slug}`,
        `/meetings/${meeting.slug}`,
      ]),
    );
    expect(pages.filter((page) => page.startsWith('/recommendations/'))).toEqual([`/recommendations/${item.ref}`]);
  });

  it('include the item it was merged into and those merged into it, and are found for a hidden item too', () => {
    const db = database.db();
    const [first, second] = db.select({ id: recommendations.id, ref: recommendations.ref }).from(recommendations).limit(2).all();
    db.update(recommendations).set({ mergedIntoId: first!.id, status: 'hidden' }).where(eq(recommendations.id, second!.id)).run();
    expect(pagesShowingRecommendations(db, [second!.ref])).toEqual(
      expect.arrayContaining([`/recommendations/${second!.ref}`, `/recommendations/${first!.ref}`]),
    );
    expect(pagesShowingRecommendations(db, [first!.ref])).toEqual(expect.arrayContaining([`/recommendations/${second!.ref}`]));
    expect(pagesShowingRecommendations(db, ['HLED-1999-0001'])).toEqual([]);
  });

  it('for an initiative: its page, its pillar, the home page, outcomes, its fact sheets and its recommendations', () => {
    const db = database.db();
    const link = db
      .select({ slug: initiatives.slug, ref: recommendations.ref })
      .from(recommendationInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
      .innerJoin(recommendations, eq(recommendations.id, recommendationInitiatives.recommendationId))
      .get()!;
    const pages = pagesShowingInitiative(db, link.slug);
    expect(pages).toEqual(expect.arrayContaining(['/', '/you-said-we-did', `/initiatives/${link.slug}`, `/recommendations/${link.ref}`]));
    expect(pages.some((page) => page.startsWith('/pillars/'))).toBe(true);
    expect(pagesShowingInitiative(db, 'no-such-initiative')).toEqual([]);
  });

  it('for a submitter: the pages of each of their recommendations, where their name may appear', () => {
    const db = database.db();
    const { id } = db.insert(users).values({ email: 'named@example.org', name: 'A. Named' }).returning({ id: users.id }).get();
    const item = db.select({ id: recommendations.id, ref: recommendations.ref }).from(recommendations).limit(1).offset(5).get()!;
    db.update(recommendations).set({ submitterId: id }).where(eq(recommendations.id, item.id)).run();
    expect(pagesShowingSubmitter(db, id)).toContain(`/recommendations/${item.ref}`);
    expect(pagesShowingSubmitter(db, id + 1)).toEqual([]);
  });
});
