/**
 * The daily digest of new submissions, for coordinators who chose it. Once a day, from DIGEST_HOUR_UTC
 * on, each of them gets one e-mail listing the recommendations that arrived in their pillars since the
 * previous digest (none when nothing arrived). Each digest is recorded in digest_runs in the same
 * transaction as its e-mail: the (coordinator, day) key makes a second one for the same day impossible,
 * across restarts and overlapping runs, and its `coveredUntil` is where the next one starts.
 */
import 'server-only';
import { and, asc, desc, eq, exists, gt, isNotNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { alertPreferences, digestRuns, pillars, recommendations, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { deliver, queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { digestEmail } from './emails';
import { coordinatesPillar } from './recipients';

/** 13:00 UTC: early morning in Mexico City and in Washington. */
const DEFAULT_DIGEST_HOUR_UTC = 13;
/** A digest lists at most this many items and says how many there were in all. */
export const DIGEST_MAX_ITEMS = 100;

export function digestHourUtc(): number {
  const configured = Number(process.env.DIGEST_HOUR_UTC);
  return Number.isInteger(configured) && configured >= 0 && configured <= 23 ? configured : DEFAULT_DIGEST_HOUR_UTC;
}

/** The day (YYYY-MM-DD, UTC) whose digest is due at `now`, or null before the digest hour. */
export function dueDigestDay(now: Date, hour = digestHourUtc()): string | null {
  return now.getUTCHours() >= hour ? now.toISOString().slice(0, 10) : null;
}

type Subscriber = { id: number; name: string; email: string; preferredLocale: 'en' | 'es'; since: Date };

function dailySubscribers(): Subscriber[] {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      preferredLocale: users.preferredLocale,
      since: alertPreferences.updatedAt,
    })
    .from(users)
    .innerJoin(alertPreferences, eq(alertPreferences.userId, users.id))
    .where(and(eq(alertPreferences.newSubmissions, 'daily'), eq(users.role, 'coordinator'), sql`${users.deactivatedAt} is null`))
    .all();
}

/** Submissions (not the seeded record) in the coordinator's pillars, submitted in (from, until]. */
function submissionsFor(tx: Tx, userId: number, from: Date, until: Date) {
  const inScope = exists(
    tx
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.id, userId), coordinatesPillar(tx, recommendations.pillarId))),
  );
  return tx
    .select({ ref: recommendations.ref, title: recommendations.title, pillarNumber: pillars.number })
    .from(recommendations)
    .innerJoin(pillars, eq(pillars.id, recommendations.pillarId))
    .where(
      and(gt(recommendations.submittedAt, from), lte(recommendations.submittedAt, until), isNotNull(recommendations.submitterId), inScope),
    )
    .orderBy(asc(recommendations.submittedAt), asc(recommendations.id))
    .all();
}

/** One coordinator's digest for `day`, unless it was already recorded; the e-mail to deliver, if any. */
function digestFor(subscriber: Subscriber, day: string, now: Date): { email: QueuedEmail | null; count: number } | null {
  return getDb().transaction(
    (tx) => {
      const done = tx
        .select({ day: digestRuns.day })
        .from(digestRuns)
        .where(and(eq(digestRuns.userId, subscriber.id), eq(digestRuns.day, day)))
        .get();
      if (done) return null;
      const previous = tx
        .select({ until: digestRuns.coveredUntil })
        .from(digestRuns)
        .where(eq(digestRuns.userId, subscriber.id))
        .orderBy(desc(digestRuns.coveredUntil))
        .limit(1)
        .get();
      // The period starts where the last digest stopped, or when the coordinator chose the digest.
      const from = previous && previous.until > subscriber.since ? previous.until : subscriber.since;
      const items = submissionsFor(tx, subscriber.id, from, now);
      const email =
        items.length > 0
          ? queueEmail(tx, {
              userId: subscriber.id,
              to: subscriber.email,
              locale: subscriber.preferredLocale,
              ...digestEmail(subscriber.preferredLocale, subscriber.name, items.slice(0, DIGEST_MAX_ITEMS), items.length),
            })
          : null;
      tx.insert(digestRuns)
        .values({ userId: subscriber.id, day, coveredFrom: from, coveredUntil: now, itemCount: items.length, outboxId: email?.id ?? null })
        .run();
      return { email, count: items.length };
    },
    { behavior: 'immediate' },
  );
}

/** Sends every digest due at `now` that was not sent yet; returns how many e-mails went out. */
export async function sendDueDigests(now: Date): Promise<number> {
  const day = dueDigestDay(now);
  if (!day) return 0;
  let sent = 0;
  for (const subscriber of dailySubscribers()) {
    const outcome = digestFor(subscriber, day, now);
    if (!outcome?.email) continue;
    await deliver(outcome.email);
    sent += 1;
    logEvent('notifications.digest_sent', { userId: subscriber.id, day, items: outcome.count });
  }
  return sent;
}
