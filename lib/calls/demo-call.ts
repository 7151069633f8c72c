/**
 * Demo mode: one open sample call, closing a few weeks ahead, for a sample upcoming meeting (both marked as
 * samples in their titles; the call also by `isSample`). Written once per database.
 */
import { eq, inArray } from 'drizzle-orm';
import sample from '@/db/seed/demo/call.json';
import type { Database } from '@/db/open';
import { callPillars, callQuestions, calls, meetings, pillars, settings } from '@/db/schema';

const KEY = 'seed.demo.call';
const WEEK = 7 * 24 * 60 * 60 * 1000;

export function seedSampleCall(tx: Database, now: number) {
  if (tx.select().from(settings).where(eq(settings.key, KEY)).get()) return;
  const { meeting: m, call: c } = sample;
  const date = new Date(now + m.weeksAhead * WEEK).toISOString().slice(0, 10);
  const meeting =
    tx
      .insert(meetings)
      .values({
        slug: m.slug,
        date,
        kind: m.kind as 'mid_year_review',
        titleEn: m.titleEn,
        titleEs: m.titleEs,
        summaryEn: m.summaryEn,
        summaryEs: m.summaryEs,
      })
      .onConflictDoNothing()
      .returning({ id: meetings.id })
      .get() ?? tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, m.slug)).get()!;
  const found = tx.select({ id: pillars.id, slug: pillars.slug }).from(pillars).where(inArray(pillars.slug, c.pillars)).all();
  const { id } = tx
    .insert(calls)
    .values({
      slug: c.slug,
      meetingId: meeting.id,
      titleEn: c.titleEn,
      titleEs: c.titleEs,
      introEn: c.introEn,
      introEs: c.introEs,
      state: 'open',
      opensAt: new Date(now),
      closesAt: new Date(now + c.weeksAhead * WEEK),
      isSample: true,
    })
    .returning({ id: calls.id })
    .get();
  for (const p of found) tx.insert(callPillars).values({ callId: id, pillarId: p.id }).run();
  for (const q of c.questions) {
    const pillar = found.find((p) => p.slug === q.pillar);
    if (pillar) tx.insert(callQuestions).values({ callId: id, pillarId: pillar.id, textEn: q.textEn, textEs: q.textEs }).run();
  }
  tx.insert(settings).values({ key: KEY, value: true }).run();
}
