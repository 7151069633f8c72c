/**
 * Tying a recommendation to the initiatives that answer it, with the coordinator's explanation of how.
 * A link is public and the submitter is told; an unlink is recorded too, never silently dropped.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { initiatives, recommendationInitiatives } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { deliver } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch } from './guard';
import { notifySubmitter } from './notify';
import { isClosed } from '@/lib/recommendations/lifecycle';
import { appendHistory } from '@/db/history';

export type LinkInput = { ref: string; version: number; initiative: string; explanationEn?: string; explanationEs?: string };

export async function linkRecommendationToInitiative(user: CurrentUser, input: LinkInput) {
  const explanationEn = input.explanationEn?.trim() || null;
  const explanationEs = input.explanationEs?.trim() || null;
  if (!explanationEn && !explanationEs) throw new Refusal('needsExplanation');
  const email = getDb().transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, input.ref, input.version);
      if (isClosed(recommendation.status)) throw new Refusal('finalStatus');
      const initiative = tx.select().from(initiatives).where(eq(initiatives.slug, input.initiative)).get();
      if (!initiative || !mayActOnPillar(user, initiative.pillarId)) throw new Refusal('unknownInitiative');
      const existing = tx
        .select()
        .from(recommendationInitiatives)
        .where(
          and(eq(recommendationInitiatives.recommendationId, recommendation.id), eq(recommendationInitiatives.initiativeId, initiative.id)),
        )
        .get();
      if (existing) throw new Refusal('alreadyLinked');
      tx.insert(recommendationInitiatives)
        .values({ recommendationId: recommendation.id, initiativeId: initiative.id, explanationEn, explanationEs, linkedBy: user.id })
        .run();
      touch(tx, recommendation.id);
      const eventId = appendHistory(tx, {
        recommendationId: recommendation.id,
        actor: user,
        kind: 'linked',
        isPublic: true,
        response: { en: explanationEn, es: explanationEs },
        details: { initiative: initiative.slug },
      });
      return notifySubmitter(tx, recommendation, eventId, 'linked', {
        initiativeTitle: { en: initiative.titleEn, es: initiative.titleEs },
        responseEn: explanationEn,
        responseEs: explanationEs,
      });
    },
    { behavior: 'immediate' },
  );
  if (email) await deliver(email);
  logEvent('triage.linked', { userId: user.id, ref: input.ref, initiative: input.initiative });
}

export function unlinkRecommendationFromInitiative(user: CurrentUser, input: { ref: string; version: number; initiative: string }) {
  getDb().transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, input.ref, input.version);
      const initiative = tx.select().from(initiatives).where(eq(initiatives.slug, input.initiative)).get();
      if (!initiative) throw new Refusal('unknownInitiative');
      const removed = tx
        .delete(recommendationInitiatives)
        .where(
          and(eq(recommendationInitiatives.recommendationId, recommendation.id), eq(recommendationInitiatives.initiativeId, initiative.id)),
        )
        .returning()
        .all();
      if (removed.length === 0) throw new Refusal('notLinked');
      touch(tx, recommendation.id);
      appendHistory(tx, {
        recommendationId: recommendation.id,
        actor: user,
        kind: 'unlinked',
        isPublic: true,
        details: { initiative: initiative.slug },
      });
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.unlinked', { userId: user.id, ref: input.ref, initiative: input.initiative });
}
