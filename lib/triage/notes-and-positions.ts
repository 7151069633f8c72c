/**
 * What coordinators add beside the workflow: internal notes (coordinators only, never public) and each
 * government's own position on a recommendation (public, beside the joint status).
 */
import 'server-only';
import { getDb } from '@/db/client';
import { governmentPositions, internalNotes } from '@/db/schema';
import { POSITIONS } from '@/db/vocabulary';
import type { CurrentUser } from '@/lib/auth/current-user';
import { speaksFor } from '@/lib/auth/permissions';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage } from './guard';
import { appendHistory } from '@/db/history';

export function addInternalNote(user: CurrentUser, ref: string, body: string) {
  const text = body.trim();
  if (!text) throw new Refusal('emptyNote');
  getDb().transaction((tx) => {
    const recommendation = loadForTriage(tx, user, ref);
    tx.insert(internalNotes).values({ recommendationId: recommendation.id, authorId: user.id, body: text }).run();
  });
  logEvent('triage.note_added', { userId: user.id, ref });
}

export function recordGovernmentPosition(
  user: CurrentUser,
  input: { ref: string; position: (typeof POSITIONS)[number]; noteEn?: string; noteEs?: string },
) {
  const government = speaksFor(user);
  if (!government) throw new Refusal('needsGovernment');
  const noteEn = input.noteEn?.trim() || null;
  const noteEs = input.noteEs?.trim() || null;
  getDb().transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, input.ref);
      tx.insert(governmentPositions)
        .values({
          recommendationId: recommendation.id,
          government,
          position: input.position,
          noteEn,
          noteEs,
          updatedBy: user.id,
          updatedAt: new Date(),
        })
        .onConflictDoUpdate({
          target: [governmentPositions.recommendationId, governmentPositions.government],
          set: { position: input.position, noteEn, noteEs, updatedBy: user.id, updatedAt: new Date() },
        })
        .run();
      appendHistory(tx, {
        recommendationId: recommendation.id,
        actor: user,
        kind: 'position_recorded',
        isPublic: true,
        response: { en: noteEn, es: noteEs },
        details: { government, position: input.position },
      });
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.position_recorded', { userId: user.id, ref: input.ref, government });
}
