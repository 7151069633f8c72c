/**
 * A coordinator withholds a passage of a public text with a reason from the fixed list, or lifts a
 * redaction. The original text never changes; the public copy does (public-copy.ts), in the same
 * transaction as the history event that puts the decision in the public decisions log. The submitter
 * is told by e-mail in their language.
 */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { appendHistory } from '@/db/history';
import { attachments, redactions, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { deliver, queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, type TriageRecommendation } from '@/lib/triage/guard';
import { redactionEmail } from './email';
import { refreshPublicCopy } from './public-copy';
import type { liftRedactionSchema, redactSchema } from './schemas';

type RedactInput = z.output<typeof redactSchema>;

/** The field's current text, where the passage must be found: a redaction of words not there is refused. */
function fieldText(tx: Tx, r: TriageRecommendation, input: RedactInput): string {
  switch (input.field) {
    case 'title':
      return r.title;
    case 'body':
      return r.body;
    case 'summary_en':
      return r.publicSummaryEn ?? '';
    case 'summary_es':
      return r.publicSummaryEs ?? '';
    case 'topics':
      return r.topics.join('\n');
    case 'attachment_name': {
      const file = tx
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, input.attachmentId ?? 0), eq(attachments.recommendationId, r.id)))
        .get();
      if (!file) throw new Refusal('notFound');
      return file.publicName;
    }
  }
}

export async function redactPassage(user: CurrentUser, input: RedactInput) {
  const email = getDb().transaction(
    (tx) => {
      const r = loadForTriage(tx, user, input.ref);
      if (!fieldText(tx, r, input).includes(input.passage)) throw new Refusal('passageNotFound');
      const reasonText = input.reason === 'other' ? input.reasonText : null;
      tx.insert(redactions)
        .values({
          recommendationId: r.id,
          field: input.field,
          attachmentId: input.field === 'attachment_name' ? input.attachmentId : null,
          passage: input.passage,
          reason: input.reason,
          reasonText,
          createdBy: user.id,
        })
        .run();
      refreshPublicCopy(tx, r.id);
      appendHistory(tx, {
        recommendationId: r.id,
        actor: user,
        kind: 'redacted',
        isPublic: true,
        // The public log says which text and why, never the words withheld; no response text, because a
        // redaction is not an answer to the recommendation (the public counts treat a response as one).
        details: { redactedField: input.field, redactionReason: input.reason, ...(reasonText ? { redactionReasonText: reasonText } : {}) },
      });
      return tellSubmitter(tx, r, 'redacted');
    },
    { behavior: 'immediate' },
  );
  if (email) await deliver(email);
  logEvent('redaction.added', { userId: user.id, ref: input.ref, field: input.field, reason: input.reason });
}

export async function liftRedaction(user: CurrentUser, input: z.output<typeof liftRedactionSchema>) {
  const email = getDb().transaction(
    (tx) => {
      const r = loadForTriage(tx, user, input.ref);
      const row = tx
        .select()
        .from(redactions)
        .where(and(eq(redactions.id, input.redactionId), eq(redactions.recommendationId, r.id), isNull(redactions.liftedAt)))
        .get();
      if (!row) throw new Refusal('notFound');
      tx.update(redactions)
        .set({ liftedAt: new Date(), liftedBy: user.id, liftReason: input.reason })
        .where(eq(redactions.id, row.id))
        .run();
      refreshPublicCopy(tx, r.id);
      appendHistory(tx, {
        recommendationId: r.id,
        actor: user,
        kind: 'redaction_lifted',
        isPublic: true,
        internalReason: input.reason,
        details: {
          redactedField: row.field,
          redactionReason: row.reason,
          ...(row.reasonText ? { redactionReasonText: row.reasonText } : {}),
        },
      });
      return tellSubmitter(tx, r, 'lifted');
    },
    { behavior: 'immediate' },
  );
  if (email) await deliver(email);
  logEvent('redaction.lifted', { userId: user.id, ref: input.ref, redactionId: input.redactionId });
}

function tellSubmitter(tx: Tx, r: TriageRecommendation, what: 'redacted' | 'lifted'): QueuedEmail | null {
  if (!r.submitterId) return null;
  const submitter = tx.select().from(users).where(eq(users.id, r.submitterId)).get();
  if (!submitter || submitter.deactivatedAt) return null;
  const content = redactionEmail(submitter.preferredLocale, submitter.name, r.ref, what);
  return queueEmail(tx, { userId: submitter.id, to: submitter.email, locale: submitter.preferredLocale, ...content });
}
