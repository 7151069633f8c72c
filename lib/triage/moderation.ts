/**
 * Merging a duplicate into its original, and hiding spam or abuse. Nothing is deleted: the duplicate
 * points to the original and its submitter is told; a hidden item keeps its text and an internal reason.
 */
import 'server-only';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/current-user';
import { deliver } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch } from './guard';
import { notifySubmitter } from './notify';
import { checkMove, isClosed } from '@/lib/recommendations/lifecycle';
import { appendHistory } from '@/db/history';

export async function mergeDuplicate(
  user: CurrentUser,
  input: { ref: string; version: number; into: string; responseEn?: string; responseEs?: string },
) {
  const into = input.into.trim().toUpperCase();
  if (into === input.ref) throw new Refusal('mergeIntoItself');
  const email = getDb().transaction(
    (tx) => {
      const duplicate = loadForTriage(tx, user, input.ref, input.version);
      const original = loadForTriage(tx, user, into);
      if (isClosed(original.status)) throw new Refusal('mergeTargetClosed');
      const refusal = checkMove(duplicate.status, 'merged', { linkCount: 0, hasResponse: true, hasReason: true, hasOriginal: true });
      if (refusal) throw new Refusal(refusal);
      touch(tx, duplicate.id, { status: 'merged', mergedIntoId: original.id, pendingStatus: null });
      const eventId = appendHistory(tx, {
        recommendationId: duplicate.id,
        actor: user,
        kind: 'merged',
        from: duplicate.status,
        to: 'merged',
        isPublic: true,
        response: { en: input.responseEn?.trim() || null, es: input.responseEs?.trim() || null },
        details: { into: original.ref },
      });
      return notifySubmitter(tx, duplicate, eventId, 'merged', {
        mergedInto: original.ref,
        responseEn: input.responseEn,
        responseEs: input.responseEs,
      });
    },
    { behavior: 'immediate' },
  );
  if (email) await deliver(email);
  logEvent('triage.merged', { userId: user.id, ref: input.ref, into });
}

export function hideRecommendation(user: CurrentUser, input: { ref: string; version: number; reason: string }) {
  const reason = input.reason.trim();
  getDb().transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, input.ref, input.version);
      const refusal = checkMove(recommendation.status, 'hidden', {
        linkCount: 0,
        hasResponse: true,
        hasReason: reason.length > 0,
        hasOriginal: false,
      });
      if (refusal) throw new Refusal(refusal);
      touch(tx, recommendation.id, { status: 'hidden', hiddenReason: reason, pendingStatus: null });
      appendHistory(tx, {
        recommendationId: recommendation.id,
        actor: user,
        kind: 'hidden',
        from: recommendation.status,
        to: 'hidden',
        isPublic: false,
        internalReason: reason,
      });
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.hidden', { userId: user.id, ref: input.ref });
}
