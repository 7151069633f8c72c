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
import { eq, sql } from 'drizzle-orm';
import { perConnection } from '@/db/prepared';
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

// Written on every submission: prepared once per connection (db/prepared.ts). Every column the insert
// names takes its value at run time; those left out keep their defaults as SQL, as before.
const pillarBySlug = perConnection((tx: Tx) =>
  tx
    .select({ id: pillars.id })
    .from(pillars)
    .where(eq(pillars.slug, sql.placeholder('slug')))
    .prepare(),
);
const insertRecommendation = perConnection((tx: Tx) =>
  tx
    .insert(recommendations)
    .values({
      ref: sql.placeholder('ref'),
      submitterId: sql.placeholder('submitterId'),
      pillarId: sql.placeholder('pillarId'),
      language: sql.placeholder('language'),
      title: sql.placeholder('title'),
      body: sql.placeholder('body'),
      topics: sql.placeholder('topics'),
      sector: sql.placeholder('sector'),
      organization: sql.placeholder('organization'),
      organizationIdentifier: sql.placeholder('organizationIdentifier'),
      fundingDeclaration: sql.placeholder('fundingDeclaration'),
      country: sql.placeholder('country'),
      consent: sql.placeholder('consent'),
      status: sql.placeholder('status'),
      isSample: sql.placeholder('isSample'),
      submittedAt: sql.placeholder('submittedAt'),
      updatedAt: sql.placeholder('updatedAt'),
    } satisfies Record<
      keyof ReturnType<typeof recommendationColumns> | 'ref' | 'submitterId' | 'status' | 'isSample' | 'submittedAt' | 'updatedAt',
      unknown
    >)
    .returning({ id: recommendations.id })
    .prepare(),
);
const insertReceiptNotification = perConnection((tx: Tx) =>
  tx
    .insert(notifications)
    .values({
      userId: sql.placeholder('userId'),
      recommendationId: sql.placeholder('recommendationId'),
      historyEventId: sql.placeholder('historyEventId'),
      kind: 'received',
      createdAt: sql.placeholder('createdAt'),
    })
    .prepare(),
);

export function createRecommendation(
  tx: Tx,
  submitter: Submitter,
  input: RecommendationInput,
  options: { now?: Date; isSample?: boolean; status?: RecommendationStatus } = {},
): CreatedRecommendation {
  const now = options.now ?? new Date();
  const pillar = pillarBySlug(tx).get({ slug: input.pillar });
  if (!pillar) throw new UnknownPillarError(input.pillar);

  const ref = allocateReference(tx, now.getUTCFullYear());
  const { id } = insertRecommendation(tx).get({
    ref,
    submitterId: submitter.id,
    ...recommendationColumns(input, pillar.id),
    status: options.status ?? 'received',
    isSample: options.isSample ?? false,
    submittedAt: now,
    updatedAt: now,
  })!;
  const eventId = appendHistory(tx, {
    recommendationId: id,
    actor: { id: submitter.id, role: 'stakeholder' },
    kind: 'submitted',
    to: 'received',
    isPublic: true,
    at: now,
  });
  insertReceiptNotification(tx).run({ userId: submitter.id, recommendationId: id, historyEventId: eventId, createdAt: now });
  const email = receiptEmail(submitter.preferredLocale, submitter.name, ref, input.title);
  const receipt = queueEmail(tx, { userId: submitter.id, to: submitter.email, locale: submitter.preferredLocale, ...email });
  return { id, ref, receipt };
}
