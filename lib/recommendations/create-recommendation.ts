/**
 * Writes a new recommendation with its reference, its first history event and its receipt
 * (notification + e-mail), all in the caller's write transaction. Shared by the submission action
 * and the demo samples, so a sample is exactly what a real submission would be.
 */
import { notifications, recommendations, pillars } from '@/db/schema';
import { type RecommendationStatus } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import { receiptEmail } from '@/lib/email/templates';
import { eq } from 'drizzle-orm';
import { allocateReference } from './reference';
import { splitTopics, type RecommendationInput } from './schema';
import { appendHistory } from '@/db/history';

export type Submitter = { id: number; name: string; email: string; preferredLocale: 'en' | 'es' };

export type CreatedRecommendation = { id: number; ref: string; receipt: QueuedEmail };

export class UnknownPillarError extends Error {}

/** What the form's answers become in the recommendations table: shared by submission and editing. */
export function recommendationColumns(input: RecommendationInput, pillarId: number) {
  return {
    pillarId,
    language: input.language,
    title: input.title,
    body: input.body,
    topics: splitTopics(input.topics),
    sector: input.sector,
    organization: input.organization || null,
    organizationIdentifier: input.organizationIdentifier || null,
    fundingDeclaration: input.fundingDeclaration,
    country: input.country,
    consent: input.consent,
  };
}

export function createRecommendation(
  tx: Tx,
  submitter: Submitter,
  input: RecommendationInput,
  options: { now?: Date; isSample?: boolean; status?: RecommendationStatus } = {},
): CreatedRecommendation {
  const now = options.now ?? new Date();
  const pillar = tx.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, input.pillar)).get();
  if (!pillar) throw new UnknownPillarError(input.pillar);

  const ref = allocateReference(tx, now.getUTCFullYear());
  const { id } = tx
    .insert(recommendations)
    .values({
      ref,
      submitterId: submitter.id,
      ...recommendationColumns(input, pillar.id),
      status: options.status ?? 'received',
      isSample: options.isSample ?? false,
      submittedAt: now,
      updatedAt: now,
    })
    .returning({ id: recommendations.id })
    .get();
  const eventId = appendHistory(tx, {
    recommendationId: id,
    actor: { id: submitter.id, role: 'stakeholder' },
    kind: 'submitted',
    to: 'received',
    isPublic: true,
    at: now,
  });
  tx.insert(notifications)
    .values({ userId: submitter.id, recommendationId: id, historyEventId: eventId, kind: 'received', createdAt: now })
    .run();
  const email = receiptEmail(submitter.preferredLocale, submitter.name, ref, input.title);
  const receipt = queueEmail(tx, { userId: submitter.id, to: submitter.email, locale: submitter.preferredLocale, ...email });
  return { id, ref, receipt };
}
