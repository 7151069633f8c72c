/**
 * Submitters hear about progress on the initiatives that took up their recommendations: a progress update
 * or a milestone done is noted as news for each of them (in the writer's transaction), and sent either at
 * once or in a weekly digest, their choice. Whatever the choice, a person gets at most one such e-mail per
 * UTC day: the (person, day) key of progress_news_sends makes a second one impossible, and news that
 * arrives after today's e-mail waits for tomorrow's, gathered into one.
 */
import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  initiatives,
  milestones,
  progressNews,
  progressNewsPreferences,
  progressNewsSends,
  progressUpdates,
  recommendationInitiatives,
  recommendations,
  users,
} from '@/db/schema';
import type { Tx } from '@/db/types';
import type { ProgressNews } from '@/db/vocabulary';
import { deliver, queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { progressNewsEmail, type NewsItem } from './progress-news-email';

/** Weekly digests go out on Mondays (UTC). */
export const WEEKLY_DIGEST_WEEKDAY = 1;

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

export function progressNewsModeOf(tx: Tx, userId: number): ProgressNews {
  return (
    tx.select({ mode: progressNewsPreferences.mode }).from(progressNewsPreferences).where(eq(progressNewsPreferences.userId, userId)).get()
      ?.mode ?? 'immediate'
  );
}

/** Notes the news for every submitter of a recommendation linked to the initiative (unless they chose "off"). */
export function noteProgressNews(tx: Tx, initiativeId: number, subject: { progressUpdateId?: number; milestoneId?: number }): number {
  const linked = tx
    .select({ userId: recommendations.submitterId, ref: recommendations.ref, mode: progressNewsPreferences.mode })
    .from(recommendationInitiatives)
    .innerJoin(recommendations, eq(recommendations.id, recommendationInitiatives.recommendationId))
    .innerJoin(users, eq(users.id, recommendations.submitterId))
    .leftJoin(progressNewsPreferences, eq(progressNewsPreferences.userId, users.id))
    .where(and(eq(recommendationInitiatives.initiativeId, initiativeId), isNull(users.deletedAt), isNull(users.deactivatedAt)))
    .all();
  const told = linked.filter((row) => row.userId !== null && row.mode !== 'off');
  for (const row of told) {
    tx.insert(progressNews)
      .values({
        userId: row.userId!,
        recommendationRef: row.ref,
        initiativeId,
        progressUpdateId: subject.progressUpdateId ?? null,
        milestoneId: subject.milestoneId ?? null,
      })
      .run();
  }
  return told.length;
}

/** Whether a person's pending news may go out now: never twice a day; weekly only on the digest weekday. */
export function newsDue(mode: ProgressNews, now: Date, sentToday: boolean): boolean {
  if (sentToday || mode === 'off') return false;
  return mode === 'immediate' || now.getUTCDay() === WEEKLY_DIGEST_WEEKDAY;
}

function pendingItems(tx: Tx, userId: number): (NewsItem & { id: number })[] {
  return tx
    .select({
      id: progressNews.id,
      ref: progressNews.recommendationRef,
      initiativeSlug: initiatives.slug,
      initiativeTitleEn: initiatives.titleEn,
      initiativeTitleEs: initiatives.titleEs,
      progressEn: progressUpdates.textEn,
      progressEs: progressUpdates.textEs,
      progressDate: progressUpdates.date,
      milestoneEn: milestones.titleEn,
      milestoneEs: milestones.titleEs,
      milestoneDone: milestones.doneDate,
    })
    .from(progressNews)
    .innerJoin(initiatives, eq(initiatives.id, progressNews.initiativeId))
    .leftJoin(progressUpdates, eq(progressUpdates.id, progressNews.progressUpdateId))
    .leftJoin(milestones, eq(milestones.id, progressNews.milestoneId))
    .where(and(eq(progressNews.userId, userId), isNull(progressNews.outboxId)))
    .orderBy(asc(progressNews.id))
    .all();
}

/** Sends what is due, one e-mail per person at most, each in one transaction with its day's record. */
export function queueProgressNews(now: Date, onlyUsers?: number[]): QueuedEmail[] {
  const db = getDb();
  const waiting = db
    .selectDistinct({ userId: progressNews.userId })
    .from(progressNews)
    .where(and(isNull(progressNews.outboxId), onlyUsers ? inArray(progressNews.userId, onlyUsers) : sql`1`))
    .all();
  const queued: QueuedEmail[] = [];
  for (const { userId } of waiting) {
    const email = db.transaction((tx) => queueFor(tx, userId, now), { behavior: 'immediate' });
    if (email) queued.push(email);
  }
  return queued;
}

function queueFor(tx: Tx, userId: number, now: Date): QueuedEmail | null {
  const day = utcDay(now);
  const sentToday = tx
    .select({ day: progressNewsSends.day })
    .from(progressNewsSends)
    .where(and(eq(progressNewsSends.userId, userId), eq(progressNewsSends.day, day)))
    .get();
  const mode = progressNewsModeOf(tx, userId);
  if (!newsDue(mode, now, sentToday !== undefined)) return null;
  const person = tx.select().from(users).where(eq(users.id, userId)).get();
  const items = pendingItems(tx, userId);
  if (!person || person.deletedAt || items.length === 0) return null;
  const content = progressNewsEmail(person.preferredLocale, person.name, items, mode === 'weekly');
  const email = queueEmail(tx, { userId, to: person.email, locale: person.preferredLocale, ...content });
  tx.insert(progressNewsSends).values({ userId, day, outboxId: email.id }).run();
  tx.update(progressNews)
    .set({ outboxId: email.id })
    .where(
      inArray(
        progressNews.id,
        items.map((item) => item.id),
      ),
    )
    .run();
  return email;
}

/** After a change that noted news: sends what is due at once, and delivers it (SMTP) after the commit. */
export async function sendProgressNews(now = new Date(), onlyUsers?: number[]): Promise<number> {
  const queued = queueProgressNews(now, onlyUsers);
  for (const email of queued) await deliver(email);
  if (queued.length > 0) logEvent('notifications.progress_news_sent', { count: queued.length });
  return queued.length;
}

export function saveProgressNewsMode(userId: number, mode: ProgressNews, now = new Date()) {
  getDb()
    .insert(progressNewsPreferences)
    .values({ userId, mode, updatedAt: now })
    .onConflictDoUpdate({ target: progressNewsPreferences.userId, set: { mode, updatedAt: now } })
    .run();
  logEvent('notifications.progress_news_preference_saved', { userId, mode });
}
