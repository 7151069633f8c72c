/**
 * Everything a coordinator sees of one recommendation: the full text and its translations, the
 * submitter's contact details (coordinators only), links, positions, confirmations, the complete
 * history with who did what, internal notes, and similar recommendations to check for duplicates.
 */
import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import {
  governmentPositions,
  historyEvents,
  initiatives,
  internalNotes,
  meetings,
  pillars,
  recommendationInitiatives,
  recommendations,
  recommendationTranslations,
  statusConfirmations,
  users,
} from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { findSimilar } from './similar';
import { responseOf } from '@/lib/i18n/written-text';
import { checkOf, explanationKey, withChecks } from '@/lib/translations/text-checks';

const actor = alias(users, 'actor');

export function getTriageView(user: CurrentUser, ref: string) {
  const db = getDb();
  const recommendation = db.select().from(recommendations).where(eq(recommendations.ref, ref)).get();
  if (!recommendation || !mayActOnPillar(user, recommendation.pillarId)) return null;
  const id = recommendation.id;
  const pillar = db.select().from(pillars).where(eq(pillars.id, recommendation.pillarId)).get()!;
  const submitter = recommendation.submitterId
    ? (db
        .select({
          name: users.name,
          email: users.email,
          organization: users.organization,
          sector: users.sector,
          country: users.country,
          preferredLocale: users.preferredLocale,
        })
        .from(users)
        .where(eq(users.id, recommendation.submitterId))
        .get() ?? null)
    : null;
  const mergedInto = recommendation.mergedIntoId
    ? (db.select({ ref: recommendations.ref }).from(recommendations).where(eq(recommendations.id, recommendation.mergedIntoId)).get()
        ?.ref ?? null)
    : null;
  return {
    recommendation,
    pillar,
    submitter,
    mergedInto,
    assignee: recommendation.assigneeId
      ? (db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, recommendation.assigneeId)).get() ?? null)
      : null,
    translations: db.select().from(recommendationTranslations).where(eq(recommendationTranslations.recommendationId, id)).all(),
    links: withChecks(
      'explanation',
      db
        .select({
          initiativeId: initiatives.id,
          slug: initiatives.slug,
          titleEn: initiatives.titleEn,
          titleEs: initiatives.titleEs,
          explanationEn: recommendationInitiatives.explanationEn,
          explanationEs: recommendationInitiatives.explanationEs,
        })
        .from(recommendationInitiatives)
        .innerJoin(initiatives, eq(initiatives.id, recommendationInitiatives.initiativeId))
        .where(eq(recommendationInitiatives.recommendationId, id))
        .all(),
      (link) => explanationKey(id, link.initiativeId),
      (link) => ({ en: link.explanationEn, es: link.explanationEs }),
    ),
    positions: db.select().from(governmentPositions).where(eq(governmentPositions.recommendationId, id)).all(),
    confirmations: db.select().from(statusConfirmations).where(eq(statusConfirmations.recommendationId, id)).all(),
    history: withChecks(
      'response',
      db
        .select({ event: historyEvents, actorName: actor.name })
        .from(historyEvents)
        .leftJoin(actor, eq(actor.id, historyEvents.actorId))
        .where(eq(historyEvents.recommendationId, id))
        .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
        .all(),
      ({ event }) => event.id,
      ({ event }) => responseOf(event),
    ),
    // A check vouches for the summary the coordinators wrote (a redaction later withholds passages of it, not its translation).
    summaryCheck:
      recommendation.consent === 'summary_only'
        ? checkOf('public_summary', id, { en: recommendation.publicSummaryEn, es: recommendation.publicSummaryEs })
        : null,
    notes: db
      .select({ note: internalNotes, authorName: users.name })
      .from(internalNotes)
      .leftJoin(users, eq(users.id, internalNotes.authorId))
      .where(eq(internalNotes.recommendationId, id))
      .orderBy(desc(internalNotes.createdAt))
      .all(),
    similar: findSimilar(user, recommendation),
  };
}

/** What the coordinator's forms offer: the initiatives in their scope, and the meetings. */
export function triageChoices(user: CurrentUser) {
  const db = getDb();
  const all = db
    .select({
      slug: initiatives.slug,
      titleEn: initiatives.titleEn,
      titleEs: initiatives.titleEs,
      pillarId: initiatives.pillarId,
      pillarNumber: pillars.number,
    })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .orderBy(asc(pillars.number), asc(initiatives.titleEn))
    .all();
  return {
    initiatives: all.filter((i) => mayActOnPillar(user, i.pillarId)),
    meetings: db
      .select({ slug: meetings.slug, titleEn: meetings.titleEn, titleEs: meetings.titleEs, date: meetings.date })
      .from(meetings)
      .orderBy(desc(meetings.date))
      .all(),
  };
}
