/**
 * What a submitter may do to their own recommendation: edit it while it is still `received`, and
 * withdraw it before a final status. Both are checked again here on the server, with the
 * recommendation's version, and both are appended to its history in the same transaction.
 */
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { pillars, recommendations } from '@/db/schema';
import type { Tx } from '@/db/types';
import { logEvent } from '@/lib/log';
import { recommendationColumns } from './create-recommendation';
import type { RecommendationInput } from './schema';
import { submitterMayEdit, submitterMayWithdraw } from './lifecycle';
import { appendHistory, type HistoryEntry } from '@/db/history';
import { refreshPublicCopy } from '@/lib/redaction/public-copy';

export type ChangeResult =
  { ok: true } | { ok: false; reason: 'notFound' | 'notEditable' | 'notWithdrawable' | 'conflict' | 'unknownPillar' };

function findOwn(tx: Tx, userId: number, ref: string) {
  return tx
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.ref, ref), eq(recommendations.submitterId, userId)))
    .get();
}

export function editOwnRecommendation(userId: number, ref: string, version: number, input: RecommendationInput): ChangeResult {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const current = findOwn(tx, userId, ref);
      if (!current) return { ok: false, reason: 'notFound' } as const;
      if (!submitterMayEdit(current.status)) return { ok: false, reason: 'notEditable' } as const;
      if (current.version !== version) return { ok: false, reason: 'conflict' } as const;
      const pillar = tx.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, input.pillar)).get();
      if (!pillar) return { ok: false, reason: 'unknownPillar' } as const;
      recordOwnChange(tx, current.id, userId, recommendationColumns(input, pillar.id), {
        kind: 'edited',
        isPublic: false,
        // The earlier text stays in history: an edit never loses what was first submitted.
        details: { previous: { title: current.title, body: current.body, consent: current.consent } },
      });
      logEvent('recommendation.edited', { userId, ref });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}

export function withdrawOwnRecommendation(userId: number, ref: string, version: number, reason: string, hideText: boolean): ChangeResult {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const current = findOwn(tx, userId, ref);
      if (!current) return { ok: false, reason: 'notFound' } as const;
      if (current.version !== version) return { ok: false, reason: 'conflict' } as const;
      if (!submitterMayWithdraw(current.status)) return { ok: false, reason: 'notWithdrawable' } as const;
      recordOwnChange(
        tx,
        current.id,
        userId,
        { status: 'withdrawn', withdrawnReason: reason || null, hideTextWhenWithdrawn: hideText, pendingStatus: null },
        { kind: 'withdrawn', from: current.status, to: 'withdrawn', isPublic: true, details: reason ? { reason } : null },
      );
      logEvent('recommendation.withdrawn', { userId, ref });
      return { ok: true } as const;
    },
    { behavior: 'immediate' },
  );
}

/** Writes the submitter's change and its history event at one moment, moving the version on. */
function recordOwnChange(
  tx: Tx,
  recommendationId: number,
  userId: number,
  changes: Partial<typeof recommendations.$inferInsert>,
  event: Omit<HistoryEntry, 'recommendationId' | 'actor' | 'at'>,
) {
  const now = new Date();
  tx.update(recommendations)
    .set({ ...changes, version: sql`${recommendations.version} + 1`, updatedAt: now })
    .where(eq(recommendations.id, recommendationId))
    .run();
  appendHistory(tx, { ...event, recommendationId, actor: { id: userId, role: 'stakeholder' }, at: now });
  // A withheld passage stays withheld in the edited text (lib/redaction).
  refreshPublicCopy(tx, recommendationId);
}
