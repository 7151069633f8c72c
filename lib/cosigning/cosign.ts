/**
 * Co-signing: the submitter invites organizations by e-mail; the person who holds that address, signed
 * in and verified, signs with their organization, sector, country and their own consent to be listed;
 * they may withdraw their signature. Only signatures with that consent are public (public.ts).
 */
import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { cosigners, recommendations, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { publicBaseUrl } from '@/lib/config';
import { deliver, queueEmail } from '@/lib/email/send-email';
import { logEvent } from '@/lib/log';
import { isClosed } from '@/lib/recommendations/lifecycle';
import { Refusal } from '@/lib/refusal';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import type { inviteCosignerSchema, signSchema } from './schemas';

export const MAX_INVITATIONS = 20;
const MESSAGES = { en, es } as const;

export async function inviteCosigner(user: CurrentUser, input: z.output<typeof inviteCosignerSchema>) {
  const email = getDb().transaction(
    (tx) => {
      const item = tx.select().from(recommendations).where(eq(recommendations.ref, input.ref)).get();
      if (!item || item.submitterId !== user.id) throw new Refusal('notFound');
      if (isClosed(item.status) || item.status === 'hidden') throw new Refusal('notEditable');
      if (input.email === user.email.toLowerCase()) throw new Refusal('cosignSelf');
      const n = tx.select({ n: count() }).from(cosigners).where(eq(cosigners.recommendationId, item.id)).get()?.n ?? 0;
      const existing = tx
        .select()
        .from(cosigners)
        .where(and(eq(cosigners.recommendationId, item.id), eq(cosigners.email, input.email)))
        .get();
      if (existing?.state === 'signed') throw new Refusal('alreadyCosigned');
      if (!existing && n >= MAX_INVITATIONS) throw new Refusal('tooManyInvitations');
      if (existing) tx.update(cosigners).set({ state: 'invited', invitedAt: new Date() }).where(eq(cosigners.id, existing.id)).run();
      else tx.insert(cosigners).values({ recommendationId: item.id, email: input.email }).run();
      // The invitation goes in the inviter's language: the invitee's is not known, and may never be.
      const locale = user.preferredLocale;
      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'papers.email' });
      const link = `${publicBaseUrl()}/${locale}/account/cosign`;
      const invitee = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
      return queueEmail(tx, {
        userId: invitee?.id ?? null,
        to: input.email,
        locale,
        subject: t('inviteSubject', { ref: item.ref }),
        text: t('inviteBody', { inviter: user.name, organization: item.organization ?? user.name, ref: item.ref, title: item.title, link }),
      });
    },
    { behavior: 'immediate' },
  );
  await deliver(email);
  logEvent('cosign.invited', { userId: user.id, ref: input.ref });
}

/** The invitation must be for the caller's own verified address; anyone else is told it does not exist. */
function loadOwnInvitation(user: CurrentUser, cosignerId: number) {
  const db = getDb();
  const row = db.select().from(cosigners).where(eq(cosigners.id, cosignerId)).get();
  const person = db.select({ email: users.email, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !person || row.email !== person.email.toLowerCase()) throw new Refusal('notFound');
  if (!person.verified) throw new Refusal('emailNotVerified');
  return row;
}

export function signAsCosigner(user: CurrentUser, input: z.output<typeof signSchema>) {
  const row = loadOwnInvitation(user, input.cosignerId);
  if (row.state === 'signed') throw new Refusal('alreadyCosigned');
  getDb()
    .update(cosigners)
    .set({
      state: 'signed',
      userId: user.id,
      organization: input.organization,
      sector: input.sector,
      country: input.country,
      publicConsent: input.publicConsent,
      signedAt: new Date(),
      withdrawnAt: null,
    })
    .where(eq(cosigners.id, row.id))
    .run();
  logEvent('cosign.signed', { userId: user.id, cosignerId: row.id });
  return refOf(row.recommendationId);
}

export function withdrawSignature(user: CurrentUser, cosignerId: number) {
  const row = loadOwnInvitation(user, cosignerId);
  if (row.state !== 'signed') throw new Refusal('notCosigned');
  getDb().update(cosigners).set({ state: 'withdrawn', withdrawnAt: new Date() }).where(eq(cosigners.id, row.id)).run();
  logEvent('cosign.withdrawn', { userId: user.id, cosignerId: row.id });
  return refOf(row.recommendationId);
}

export function refOf(recommendationId: number): string {
  return (
    getDb().select({ ref: recommendations.ref }).from(recommendations).where(eq(recommendations.id, recommendationId)).get()?.ref ?? ''
  );
}

/** The reference of the item an invitation is for, or null: which stored pages a signature changes. */
export function invitationRef(cosignerId: number): string | null {
  const row = getDb().select({ recommendationId: cosigners.recommendationId }).from(cosigners).where(eq(cosigners.id, cosignerId)).get();
  return row ? refOf(row.recommendationId) : null;
}
