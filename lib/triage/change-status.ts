/**
 * Moving a recommendation along the workflow (lib/recommendations/lifecycle.ts), with its public response.
 * Under bilateral confirmation (the site setting, on by default) `implemented` takes effect only when a
 * coordinator of each government has confirmed it; until then it is pending, the public sees "awaiting
 * confirmation", and the other government's coordinators of its pillar are told.
 *
 * The response is stored per language exactly as written, null for a language left empty: readers of
 * that language are shown the other one, marked as not yet translated (lib/i18n/written-text.ts).
 */
import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, initiatives, meetings, recommendationInitiatives, statusConfirmations } from '@/db/schema';
import { NOT_ADOPTED_REASONS, type RecommendationStatus } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { bilateralConfirmationRequired, responsesInBothLanguagesRequired } from '@/lib/admin/settings';
import { speaksFor } from '@/lib/auth/permissions';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { requestConfirmation } from '@/lib/notifications/confirmation-requests';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch, type TriageRecommendation } from './guard';
import { notifySubmitter } from './notify';
import { checkMove } from '@/lib/recommendations/lifecycle';
import { appendHistory } from '@/db/history';

export type StatusChange = {
  ref: string;
  version: number;
  to: RecommendationStatus;
  responseEn?: string;
  responseEs?: string;
  reason?: (typeof NOT_ADOPTED_REASONS)[number];
  coveredByInitiative?: string;
  meeting?: string;
};

const clean = (text: string | undefined) => text?.trim() || null;

/**
 * A public response written in one language where the site asks for both (the site setting, on by
 * default). `field` is the language left empty, so the status form can point at it; anything that does
 * not look at it still reads the refusal `responseNeedsBothLanguages`.
 */
export class ResponseLanguageMissing extends Refusal {
  constructor(readonly field: 'responseEn' | 'responseEs') {
    super('responseNeedsBothLanguages');
  }
}

export async function changeStatus(user: CurrentUser, change: StatusChange): Promise<{ pending: boolean }> {
  const db = getDb();
  const outcome = db.transaction((tx) => applyChange(tx, user, change), { behavior: 'immediate' });
  for (const email of outcome.emails) await deliver(email);
  logEvent('triage.status_changed', { userId: user.id, ref: change.ref, to: change.to, pending: outcome.pending });
  return { pending: outcome.pending };
}

/**
 * The reason the move needs, from what this use case can carry: a reason from the fixed list for not
 * adopted. Hiding needs an internal reason and merging an original, which only their own use cases
 * (lib/triage/moderation.ts) take: here both are always missing, so both moves are refused.
 */
function moveFacts(tx: Tx, recommendation: TriageRecommendation, change: StatusChange, hasResponse: boolean) {
  const linkCount = tx
    .select({ n: count() })
    .from(recommendationInitiatives)
    .where(eq(recommendationInitiatives.recommendationId, recommendation.id))
    .get()!.n;
  const hasReason =
    change.to === 'not_adopted'
      ? change.reason !== undefined && (change.reason !== 'already_covered' || Boolean(change.coveredByInitiative))
      : change.to !== 'hidden';
  return { linkCount, hasResponse, hasReason, hasOriginal: false };
}

/**
 * A response that repeats, word for word, the one published with the previous status is refused: it is
 * what a form left filled after a save sends, and it would publish an old answer under a new status.
 */
function refuseRepeatedResponse(tx: Tx, recommendationId: number, responseEn: string | null, responseEs: string | null) {
  const previous = tx
    .select({ en: historyEvents.publicResponseEn, es: historyEvents.publicResponseEs })
    .from(historyEvents)
    .where(
      and(
        eq(historyEvents.recommendationId, recommendationId),
        eq(historyEvents.isPublic, true),
        inArray(historyEvents.kind, ['status_changed', 'status_confirmed']),
      ),
    )
    .orderBy(desc(historyEvents.id))
    .limit(1)
    .get();
  if (!previous) return;
  if ((responseEn && responseEn === previous.en?.trim()) || (responseEs && responseEs === previous.es?.trim()))
    throw new Refusal('repeatedResponse');
}

function applyChange(tx: Tx, user: CurrentUser, change: StatusChange): { pending: boolean; emails: QueuedEmail[] } {
  const recommendation = loadForTriage(tx, user, change.ref, change.version);
  const responseEn = clean(change.responseEn);
  const responseEs = clean(change.responseEs);
  const refusal = checkMove(recommendation.status, change.to, moveFacts(tx, recommendation, change, Boolean(responseEn || responseEs)));
  if (refusal) throw new Refusal(refusal);
  refuseRepeatedResponse(tx, recommendation.id, responseEn, responseEs);
  // Where the site asks for both languages, a response in one would leave the other language's readers without it.
  if ((responseEn || responseEs) && !(responseEn && responseEs) && responsesInBothLanguagesRequired(tx)) {
    throw new ResponseLanguageMissing(responseEn ? 'responseEs' : 'responseEn');
  }

  const coveredBy = change.reason === 'already_covered' ? initiativeId(tx, change.coveredByInitiative) : null;
  const meetingId = change.to === 'implemented' && change.meeting ? meetingIdOf(tx, change.meeting) : null;

  if (change.to === 'implemented' && bilateralConfirmationRequired(tx)) {
    const government = speaksFor(user);
    if (!government) throw new Refusal('needsGovernment');
    touch(tx, recommendation.id, { pendingStatus: 'implemented', implementedMeetingId: meetingId });
    tx.delete(statusConfirmations).where(eq(statusConfirmations.recommendationId, recommendation.id)).run();
    tx.insert(statusConfirmations)
      .values({ recommendationId: recommendation.id, status: 'implemented', government, userId: user.id })
      .run();
    // The response is kept with the proposal and made public when the other government confirms.
    const proposalId = appendHistory(tx, {
      recommendationId: recommendation.id,
      actor: user,
      kind: 'status_changed',
      from: recommendation.status,
      to: 'implemented',
      isPublic: false,
      response: { en: responseEn, es: responseEs },
      details: { pendingConfirmation: true, government, meeting: change.meeting ?? null },
    });
    return { pending: true, emails: requestConfirmation(tx, recommendation.id, government, proposalId) };
  }

  touch(tx, recommendation.id, {
    status: change.to,
    pendingStatus: null,
    notAdoptedReason: change.to === 'not_adopted' ? change.reason : recommendation.notAdoptedReason,
    coveredByInitiativeId: change.to === 'not_adopted' ? coveredBy : recommendation.coveredByInitiativeId,
    implementedMeetingId: change.to === 'implemented' ? meetingId : recommendation.implementedMeetingId,
  });
  const email = recordPublicChange(tx, user, recommendation, change.to, responseEn, responseEs, 'status_changed', {
    reason: change.reason ?? null,
    coveredByInitiative: change.coveredByInitiative ?? null,
    meeting: change.meeting ?? null,
  });
  return { pending: false, emails: email ? [email] : [] };
}

function recordPublicChange(
  tx: Tx,
  user: CurrentUser,
  recommendation: TriageRecommendation,
  to: RecommendationStatus,
  responseEn: string | null,
  responseEs: string | null,
  kind: 'status_changed' | 'status_confirmed',
  details: Record<string, unknown>,
): QueuedEmail | null {
  const eventId = appendHistory(tx, {
    recommendationId: recommendation.id,
    actor: user,
    kind,
    from: recommendation.status,
    to,
    isPublic: true,
    response: { en: responseEn, es: responseEs },
    details,
  });
  return notifySubmitter(tx, recommendation, eventId, 'status_changed', { status: to, responseEn, responseEs });
}

/**
 * The other government's coordinator confirms a pending status; with both confirmations it takes
 * effect. The public event names which government marked it and which confirmed it, and carries the
 * response written with the proposal it confirms (the response of this very move, not an older one).
 */
export async function confirmStatus(user: CurrentUser, ref: string, version: number): Promise<{ applied: boolean }> {
  const db = getDb();
  const outcome = db.transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, ref, version);
      const pending = recommendation.pendingStatus;
      if (!pending) throw new Refusal('nothingPending');
      const government = speaksFor(user);
      if (!government) throw new Refusal('needsGovernment');
      const confirmed = tx
        .select()
        .from(statusConfirmations)
        .where(and(eq(statusConfirmations.recommendationId, recommendation.id), eq(statusConfirmations.status, pending)))
        .all();
      if (confirmed.some((c) => c.government === government)) throw new Refusal('alreadyConfirmedByYourGovernment');
      tx.insert(statusConfirmations).values({ recommendationId: recommendation.id, status: pending, government, userId: user.id }).run();
      const proposal = tx
        .select()
        .from(historyEvents)
        .where(
          and(
            eq(historyEvents.recommendationId, recommendation.id),
            eq(historyEvents.kind, 'status_changed'),
            eq(historyEvents.isPublic, false),
          ),
        )
        .orderBy(desc(historyEvents.id))
        .limit(1)
        .get();
      touch(tx, recommendation.id, { status: pending, pendingStatus: null });
      const email = recordPublicChange(
        tx,
        user,
        recommendation,
        pending,
        proposal?.publicResponseEn ?? null,
        proposal?.publicResponseEs ?? null,
        'status_confirmed',
        {
          markedBy: confirmed[0]?.government ?? null,
          confirmedBy: government,
          governments: [...confirmed.map((c) => c.government), government].sort(),
        },
      );
      return { applied: true, email };
    },
    { behavior: 'immediate' },
  );
  if (outcome.email) await deliver(outcome.email);
  logEvent('triage.status_confirmed', { userId: user.id, ref });
  return { applied: outcome.applied };
}

function initiativeId(tx: Tx, slug: string | undefined): number | null {
  if (!slug) return null;
  const row = tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug)).get();
  if (!row) throw new Refusal('unknownInitiative');
  return row.id;
}

function meetingIdOf(tx: Tx, slug: string): number {
  const row = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug)).orderBy(asc(meetings.date)).get();
  if (!row) throw new Refusal('unknownMeeting');
  return row.id;
}
