/**
 * The stakeholder consultations the sources describe, as closed, reported calls for input citing their
 * source, with the seeded recommendations they raised (`raised` rounds tied to the call). Written once:
 * a consultation already present (by slug) is left as it is.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';
import consultations from './calls/consultations.json';

type Db = BetterSQLite3Database<typeof schema>;
const { callPillars, calls, meetings, pillars, recommendationRounds, recommendations, sources } = schema;

/** The start of a day in Mexico City (UTC-6), as the dialogue's days are dated. */
const dayStart = (date: string) => new Date(`${date}T00:00:00-06:00`);

export function seedConsultations(db: Db, list: typeof consultations = consultations): number {
  let added = 0;
  db.transaction(
    (tx) => {
      for (const c of list) {
        if (tx.select({ id: calls.id }).from(calls).where(eq(calls.slug, c.slug)).get()) continue;
        const meeting = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, c.meeting)).get();
        const source = tx.select({ id: sources.id }).from(sources).where(eq(sources.slug, c.source)).get();
        if (!meeting || !source) throw new Error(`consultation ${c.slug}: unknown meeting or source`);
        const { id } = tx
          .insert(calls)
          .values({
            slug: c.slug,
            meetingId: meeting.id,
            titleEn: c.titleEn,
            titleEs: c.titleEs,
            introEn: c.introEn,
            introEs: c.introEs,
            state: 'reported',
            opensAt: dayStart(c.opensOn),
            closesAt: dayStart(c.closesOn),
            sourceId: source.id,
          })
          .returning({ id: calls.id })
          .get();
        for (const p of tx.select({ id: pillars.id }).from(pillars).where(inArray(pillars.slug, c.pillars)).all())
          tx.insert(callPillars).values({ callId: id, pillarId: p.id }).run();
        const items = tx
          .select({ id: recommendations.id })
          .from(recommendations)
          .where(inArray(recommendations.ref, c.recommendations))
          .all();
        for (const item of items) {
          tx.insert(recommendationRounds)
            .values({ recommendationId: item.id, meetingId: meeting.id, role: 'raised', callId: id })
            .onConflictDoNothing()
            .run();
          // The record's `reported` round for the same meeting belongs to this consultation too.
          tx.update(recommendationRounds)
            .set({ callId: id })
            .where(
              and(
                eq(recommendationRounds.recommendationId, item.id),
                eq(recommendationRounds.meetingId, meeting.id),
                eq(recommendationRounds.role, 'reported'),
              ),
            )
            .run();
        }
        added += 1;
      }
    },
    { behavior: 'immediate' },
  );
  return added;
}
