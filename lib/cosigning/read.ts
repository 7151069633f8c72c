/** Co-signatures as the public and the people involved see them. */
import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cosigners, recommendations } from '@/db/schema';

/** Signatures whose signer consented to be listed; the caller has already found the item in the public view. */
export function listPublicSignatories(recommendationId: number) {
  return getDb()
    .select({ id: cosigners.id, organization: cosigners.organization, sector: cosigners.sector, country: cosigners.country })
    .from(cosigners)
    .where(and(eq(cosigners.recommendationId, recommendationId), eq(cosigners.state, 'signed'), eq(cosigners.publicConsent, true)))
    .orderBy(asc(cosigners.signedAt))
    .all();
}

/** Every invitation of an item, for its submitter. */
export function listInvitations(recommendationId: number) {
  return getDb().select().from(cosigners).where(eq(cosigners.recommendationId, recommendationId)).orderBy(asc(cosigners.id)).all();
}

/** Invitations addressed to this person's e-mail, newest first, with the item they are about. */
export function listInvitationsTo(email: string) {
  return getDb()
    .select({
      id: cosigners.id,
      state: cosigners.state,
      organization: cosigners.organization,
      ref: recommendations.ref,
      title: recommendations.title,
      language: recommendations.language,
      itemStatus: recommendations.status,
    })
    .from(cosigners)
    .innerJoin(recommendations, eq(recommendations.id, cosigners.recommendationId))
    .where(eq(cosigners.email, email.toLowerCase()))
    .orderBy(desc(cosigners.invitedAt))
    .all()
    .filter((row) => row.itemStatus !== 'hidden');
}
