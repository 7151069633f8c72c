import { eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { historyEvents, recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { DECISION_KINDS, listPublicDecisions, type DecisionLog, type DecisionQuery } from './decisions';
import { meetingPeriods } from './register';

const database = useTemporaryGlobalDatabase();
const byTitle = (title: string) =>
  database
    .db()
    .select()
    .from(recommendations)
    .where(like(recommendations.title, `${title}%`))
    .get()!;

function log(query: DecisionQuery): DecisionLog {
  const result = listPublicDecisions(query);
  if ('unknown' in result) throw new Error(`unknown ${result.unknown}`);
  return result;
}

function decide(recommendationId: number, values: Partial<typeof historyEvents.$inferInsert> = {}) {
  database
    .db()
    .insert(historyEvents)
    .values({
      recommendationId,
      actorRole: 'coordinator',
      kind: 'status_changed',
      fromStatus: 'under_review',
      toStatus: 'accepted',
      isPublic: true,
      ...values,
    })
    .run();
}

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const confidential = db.select().from(recommendations).where(eq(recommendations.consent, 'confidential')).get()!;
  decide(confidential.id, { publicResponseEn: 'A decision on a confidential item' });
  const summary = db.select().from(recommendations).where(eq(recommendations.consent, 'summary_only')).get()!;
  db.update(recommendations)
    .set({ publicSummaryEn: 'Credit for young indigenous entrepreneurs', publicSummaryEs: 'Crédito para jóvenes' })
    .where(eq(recommendations.id, summary.id))
    .run();
  decide(summary.id, { publicResponseEn: 'Taken up' });
  decide(byTitle('Publish a joint map').id, { isPublic: false, publicResponseEn: 'A proposal awaiting the other government' });
  decide(byTitle('Offer NIST').id, {
    kind: 'linked',
    fromStatus: null,
    toStatus: null,
    details: { initiative: 'some-initiative', reason: 'internal detail' },
  });
  const withdrawn = byTitle('Promote the APEC');
  db.update(recommendations).set({ status: 'withdrawn', hideTextWhenWithdrawn: true }).where(eq(recommendations.id, withdrawn.id)).run();
  decide(withdrawn.id, {
    kind: 'withdrawn',
    actorRole: 'stakeholder',
    fromStatus: 'received',
    toStatus: 'withdrawn',
    details: { reason: 'I changed my mind' },
  });
});

describe('the public log of decisions', () => {
  it('lists public decisions newest first, and no submission or private event', () => {
    const { decisions } = log({ limit: 100 });
    expect(decisions.length).toBeGreaterThan(10);
    const times = decisions.map((d) => d.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(decisions.every((d) => (DECISION_KINDS as readonly string[]).includes(d.kind))).toBe(true);
    expect(decisions.map((d) => d.responseEn)).not.toContain('A proposal awaiting the other government');
  });

  it('never shows a decision on a confidential or hidden recommendation', () => {
    const db = database.db();
    const confidential = db.select().from(recommendations).where(eq(recommendations.consent, 'confidential')).get()!;
    const { decisions } = log({ limit: 100 });
    expect(decisions.map((d) => d.recommendation.ref)).not.toContain(confidential.ref);
    expect(decisions.map((d) => d.responseEn)).not.toContain('A decision on a confidential item');
  });

  it('shows only what the public view lets through of the text, and only whitelisted details', () => {
    const { decisions } = log({ limit: 100 });
    const summary = decisions.find((d) => d.responseEn === 'Taken up')!;
    expect(summary.recommendation).toMatchObject({
      textKind: 'summary',
      title: null,
      translationTitle: null,
      summaryEn: 'Credit for young indigenous entrepreneurs',
    });
    const withdrawn = decisions.find((d) => d.kind === 'withdrawn')!;
    expect(withdrawn.recommendation).toMatchObject({ textKind: 'withheld', title: null });
    expect(withdrawn.details).toEqual({});
    expect(decisions.find((d) => d.kind === 'linked')!.details).toEqual({ initiative: 'some-initiative' });
    const seeded = decisions.find((d) => d.kind === 'seeded')!;
    expect(seeded.recommendation.title).toBeTruthy();
    expect(seeded.recommendation.pillar.slug).toBeTruthy();
  });

  it('pages with a cursor, without gaps or repeats', () => {
    const all = log({ limit: 100 }).decisions.map((d) => d.id);
    const paged: number[] = [];
    let before: string | undefined;
    do {
      const page = log({ limit: 7, before });
      paged.push(...page.decisions.map((d) => d.id));
      before = page.next ?? undefined;
    } while (before);
    expect(paged).toEqual(all);
    expect(log({ limit: 5, before: 'not-a-cursor' }).decisions.map((d) => d.id)).toEqual(all.slice(0, 5));
  });

  it('filters by pillar, by the period a meeting covers and by kind, and names an unknown filter', () => {
    const people = log({ limit: 100, pillar: 'investing-in-our-people' }).decisions;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((d) => d.recommendation.pillar.slug === 'investing-in-our-people')).toBe(true);
    const period = meetingPeriods().find((p) => log({ limit: 1, meeting: p.slug }).decisions.length > 0)!;
    for (const d of log({ limit: 100, meeting: period.slug }).decisions) {
      expect(d.at.getTime()).toBeLessThan(period.end.getTime());
      if (period.start) expect(d.at.getTime()).toBeGreaterThanOrEqual(period.start.getTime());
    }
    expect(log({ limit: 100, kinds: ['linked'] }).decisions.every((d) => d.kind === 'linked')).toBe(true);
    expect(listPublicDecisions({ limit: 10, meeting: 'atlantis' })).toEqual({ unknown: 'meeting', value: 'atlantis' });
    expect(listPublicDecisions({ limit: 10, pillar: 'atlantis' })).toEqual({ unknown: 'pillar', value: 'atlantis' });
  });

  it('keeps the limit between 1 and 100', () => {
    expect(log({ limit: 0 }).decisions).toHaveLength(1);
    expect(log({ limit: 10_000 }).decisions.length).toBeLessThanOrEqual(100);
  });
});
