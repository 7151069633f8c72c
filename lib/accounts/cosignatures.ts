/**
 * A person's co-signatures on other people's recommendations, for "download my data" and "delete my
 * account". A co-signature is theirs when it is tied to their account or addressed to their e-mail
 * address (an invitation they have not answered yet).
 */
import 'server-only';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { cosigners, recommendations } from '@/db/schema';
import { getDb } from '@/db/client';
import type { Tx } from '@/db/types';

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

// Invitations are stored lower-cased (lib/cosigning), so the address is compared lower-cased too.
const theirs = (userId: number, email: string) => or(eq(cosigners.userId, userId), eq(cosigners.email, email.toLowerCase()))!;

/** Every co-signature and invitation of the person: the item, what they signed as, and when. */
export function exportCosignatures(userId: number, email: string) {
  return getDb()
    .select({ ref: recommendations.ref, row: cosigners })
    .from(cosigners)
    .innerJoin(recommendations, eq(recommendations.id, cosigners.recommendationId))
    .where(theirs(userId, email))
    .orderBy(asc(cosigners.id))
    .all()
    .map(({ ref, row }) => ({
      ref,
      invitedAs: row.email,
      state: row.state,
      organization: row.organization,
      sector: row.sector,
      country: row.country,
      listedPublicly: row.publicConsent,
      invitedAt: iso(row.invitedAt),
      signedAt: iso(row.signedAt),
      withdrawnAt: iso(row.withdrawnAt),
    }));
}

/**
 * Unanswered invitations go; a signature is withdrawn and emptied, so the item no longer lists the
 * person's organization. The row stays, emptied, so the item's count of withdrawn signatures stays true.
 */
export function eraseCosignatures(tx: Tx, userId: number, email: string, now: Date): void {
  tx.delete(cosigners)
    .where(and(theirs(userId, email), eq(cosigners.state, 'invited')))
    .run();
  tx.update(cosigners)
    .set({
      state: 'withdrawn',
      withdrawnAt: sql`coalesce(${cosigners.withdrawnAt}, ${now.getTime()})`,
      // Unique per item like the address it replaces: one person may have signed one item under two addresses.
      email: sql`'withdrawn-' || ${cosigners.id} || '@deleted.invalid'`,
      userId: null,
      organization: null,
      sector: null,
      country: null,
      publicConsent: false,
    })
    .where(theirs(userId, email))
    .run();
}
