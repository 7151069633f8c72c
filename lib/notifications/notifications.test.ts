/**
 * Coordinators are told what needs them: the other government's request to confirm an implemented
 * recommendation (always), and new submissions in their pillars (each at once, or a daily digest).
 * The digest runs on an injected clock and injected timers: no test waits.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { digestRuns, notifications, outbox, recommendations } from '@/db/schema';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { submitRecommendation } from '@/lib/recommendations/submit-recommendation';
import { startReview } from '@/lib/triage/assignment';
import { changeStatus, confirmStatus } from '@/lib/triage/change-status';
import { linkRecommendationToInitiative } from '@/lib/triage/links';
import { countAwaitingMyConfirmation, listQueue } from '@/lib/triage/queue';
import { parseQueueFilters } from '@/lib/triage/queue-filters';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { listCoordinatorNews } from './coordinator-news';
import { sendDueDigests } from './digest';
import { startDigestScheduler } from './digest-scheduler';
import { saveSubmissionAlerts } from './preferences';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
let sequence = 0;

const PILLAR_FOUR = 'investing-in-our-people';
const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;
const mailTo = (userId: number) => database.db().select().from(outbox).where(eq(outbox.userId, userId)).all();
const noticesOf = (userId: number, kind: 'confirmation_requested' | 'new_submission') =>
  database
    .db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    .all();

const form = (title: string, pillar: string) => recommendationInput({ title, pillar, sector: 'academia' });

/** A submission by the demo stakeholder, dated `at`. */
function submittedAt(at: Date, pillar = PILLAR_FOUR) {
  sequence += 1;
  const db = database.db();
  return db.transaction((tx) =>
    createRecommendation(tx, people['stakeholder']!, form(`Technician courses ${sequence}`, pillar), { now: at }),
  );
}

describe('bilateral confirmation requests', () => {
  it("tells the other government's coordinators of the pillar, in their language, and the queue counts it until they confirm", async () => {
    const mx = people['coordinator.mx']!;
    const us = people['coordinator.us']!;
    const pillarFour = people['coordinator.pillar4']!;
    const { ref } = submittedAt(new Date(Date.now() - 86_400_000));
    startReview(mx, [{ ref, version: current(ref).version }]);
    await linkRecommendationToInitiative(mx, {
      ref,
      version: current(ref).version,
      initiative: 'workforce-development',
      explanationEs: 'Capacita técnicos.',
    });
    await changeStatus(mx, { ref, version: current(ref).version, to: 'accepted', responseEn: 'Taken up.', responseEs: 'Se retoma.' });
    const before = { us: mailTo(us.id).length, pillarFour: mailTo(pillarFour.id).length, mx: mailTo(mx.id).length };
    await changeStatus(mx, {
      ref,
      version: current(ref).version,
      to: 'implemented',
      responseEn: 'The programme was published.',
      responseEs: 'Se publicó el programa.',
    });

    for (const coordinator of [us, pillarFour]) {
      expect(noticesOf(coordinator.id, 'confirmation_requested').map((n) => n.recommendationId)).toContain(current(ref).id);
      const mail = mailTo(coordinator.id).at(-1)!;
      expect(mail.subject).toBe(`${ref} awaits your government’s confirmation`);
      expect(mail.bodyText).toContain('The Government of Mexico marked recommendation');
      expect(mail.bodyText).toContain(`/en/coordinate/${ref}`);
      expect(listCoordinatorNews(coordinator).find((n) => n.ref === ref)).toMatchObject({
        kind: 'confirmation_requested',
        markedBy: 'mx',
        open: true,
      });
    }
    expect(mailTo(us.id).length).toBe(before.us + 1);
    expect(mailTo(pillarFour.id).length).toBe(before.pillarFour + 1);
    expect(mailTo(mx.id).length, 'the government that marked it is not asked').toBe(before.mx);

    expect(listQueue(us, parseQueueFilters({ awaiting: 'mine' })).items.map((i) => i.ref)).toContain(ref);
    expect(listQueue(mx, parseQueueFilters({ awaiting: 'mine' })).items.map((i) => i.ref)).not.toContain(ref);
    const waiting = countAwaitingMyConfirmation(pillarFour);
    expect(waiting).toBeGreaterThanOrEqual(1);

    await confirmStatus(pillarFour, ref, current(ref).version);
    expect(current(ref).status).toBe('implemented');
    expect(countAwaitingMyConfirmation(pillarFour)).toBe(waiting - 1);
    expect(listQueue(us, parseQueueFilters({ awaiting: 'mine' })).items.map((i) => i.ref)).not.toContain(ref);
    expect(listCoordinatorNews(us).find((n) => n.ref === ref)?.open).toBe(false);
  });

  it('writes the request in Spanish to a Mexican coordinator when the United States marks it', async () => {
    const mx = people['coordinator.mx']!;
    const us = people['coordinator.us']!;
    const { ref } = submittedAt(new Date(Date.now() - 86_400_000), 'building-back-together');
    await linkRecommendationToInitiative(us, {
      ref,
      version: current(ref).version,
      initiative: 'semiconductor-supply-chains',
      explanationEn: 'Maps suppliers.',
    });
    await changeStatus(us, { ref, version: current(ref).version, to: 'accepted', responseEn: 'Taken up.', responseEs: 'Se retoma.' });
    await changeStatus(us, { ref, version: current(ref).version, to: 'implemented', responseEn: 'Published.', responseEs: 'Se publicó.' });
    const mail = mailTo(mx.id).at(-1)!;
    expect(mail).toMatchObject({ locale: 'es', subject: `${ref} espera la confirmación de su gobierno` });
    expect(mail.bodyText).toContain('El Gobierno de los Estados Unidos marcó la recomendación');
    expect(mail.bodyText).toContain(`/es/coordinate/${ref}`);
  });
});

describe('new submission alerts', () => {
  it('e-mails at once the coordinators of the pillar who chose it, and nobody else', async () => {
    const us = people['coordinator.us']!;
    const pillarFour = people['coordinator.pillar4']!;
    const mx = people['coordinator.mx']!;
    saveSubmissionAlerts(us, 'immediate');
    saveSubmissionAlerts(pillarFour, 'immediate');
    saveSubmissionAlerts(mx, 'off');
    const before = { us: mailTo(us.id).length, pillarFour: mailTo(pillarFour.id).length, mx: mailTo(mx.id).length };
    const result = await submitRecommendation(
      people['industry']!,
      form('Shared inspection lanes for perishables', 'building-back-together'),
    );
    if (!result.ok) throw new Error(result.reason);
    const mail = mailTo(us.id).at(-1)!;
    expect(mail.subject).toBe(`New recommendation ${result.ref} in pillar I`);
    expect(mail.bodyText).toContain('Shared inspection lanes for perishables');
    expect(noticesOf(us.id, 'new_submission').map((n) => n.recommendationId)).toContain(current(result.ref).id);
    expect(mailTo(pillarFour.id).length, 'pillar I is not theirs').toBe(before.pillarFour);
    expect(mailTo(mx.id).length, 'they chose no e-mail').toBe(before.mx);
    saveSubmissionAlerts(us, 'off');
    saveSubmissionAlerts(pillarFour, 'off');
  });
});

describe('the daily digest', () => {
  const day = (iso: string) => new Date(iso);

  it('sends each subscriber one digest a day, after the digest hour, of what arrived in their pillars since the last one', async () => {
    const pillarFour = people['coordinator.pillar4']!;
    saveSubmissionAlerts(pillarFour, 'daily', day('2031-03-01T09:00:00Z'));
    const first = submittedAt(day('2031-03-01T10:00:00Z'));
    const elsewhere = submittedAt(day('2031-03-01T11:00:00Z'), 'building-back-together'); // not their pillar
    const second = submittedAt(day('2031-03-01T12:00:00Z'));

    expect(await sendDueDigests(day('2031-03-01T12:59:00Z')), 'before the hour').toBe(0);
    expect(await sendDueDigests(day('2031-03-01T13:05:00Z'))).toBe(1);
    const digest = mailTo(pillarFour.id).at(-1)!;
    expect(digest.subject).toBe('2 new recommendations in your pillars');
    expect(digest.bodyText).toContain(first.ref);
    expect(digest.bodyText).toContain(second.ref);
    expect(digest.bodyText).not.toContain(elsewhere.ref);
    expect(digest.locale).toBe('en');

    // Later the same day, and after a restart (a new run on the same database): nothing more.
    const third = submittedAt(day('2031-03-01T15:00:00Z'));
    expect(await sendDueDigests(day('2031-03-01T18:00:00Z'))).toBe(0);
    expect(database.db().select().from(digestRuns).where(eq(digestRuns.userId, pillarFour.id)).all()).toHaveLength(1);

    // The next day's digest starts where the last one stopped.
    expect(await sendDueDigests(day('2031-03-02T13:00:00Z'))).toBe(1);
    const next = mailTo(pillarFour.id).at(-1)!;
    expect(next.subject).toBe('1 new recommendation in your pillars');
    expect(next.bodyText).toContain(third.ref);
    expect(next.bodyText).not.toContain(first.ref);

    // A day with nothing new sends nothing, and is recorded, so it is not looked at again.
    expect(await sendDueDigests(day('2031-03-03T14:00:00Z'))).toBe(0);
    expect(
      database
        .db()
        .select()
        .from(digestRuns)
        .where(eq(digestRuns.userId, pillarFour.id))
        .all()
        .map((r) => [r.day, r.itemCount]),
    ).toEqual([
      ['2031-03-01', 2],
      ['2031-03-02', 1],
      ['2031-03-03', 0],
    ]);
    saveSubmissionAlerts(pillarFour, 'off');
  });

  it('runs from the scheduler at start-up and on each tick, on an injected clock, never twice a day', async () => {
    const mx = people['coordinator.mx']!;
    saveSubmissionAlerts(mx, 'daily', day('2031-05-01T00:00:00Z'));
    submittedAt(day('2031-05-01T08:00:00Z'));
    let clock = day('2031-05-01T14:00:00Z');
    const timer = { run: null as (() => void) | null, every: 0, cleared: false };
    const scheduler = startDigestScheduler({
      now: () => clock,
      everyMs: 60_000,
      timers: {
        setInterval: (run, ms) => {
          Object.assign(timer, { run, every: ms });
          return 'handle';
        },
        clearInterval: (handle) => {
          timer.cleared = handle === 'handle';
        },
      },
    });
    expect(timer.every).toBe(60_000);
    await scheduler.tick(); // the start-up run
    const sent = () => mailTo(mx.id).filter((m) => m.subject.includes('en sus pilares'));
    expect(sent()).toHaveLength(1);
    expect(sent()[0]!.subject).toBe('1 nueva recomendación en sus pilares');

    // A restart later the same day: a second scheduler sends nothing more.
    const restarted = startDigestScheduler({ now: () => clock, timers: { setInterval: () => 'other', clearInterval: () => undefined } });
    await restarted.tick();
    expect(sent()).toHaveLength(1);

    submittedAt(day('2031-05-02T07:00:00Z'));
    clock = day('2031-05-02T13:30:00Z');
    timer.run!();
    await scheduler.tick();
    expect(sent()).toHaveLength(2);
    scheduler.stop();
    expect(timer.cleared).toBe(true);
    saveSubmissionAlerts(mx, 'off');
  });
});
