/**
 * Inviting a coordinator: the administrator creates the account (role, government, pillar scope) with
 * no password, and the person chooses one through a single-use link that lasts 7 days
 * (lib/accounts/accept-invitation.ts). Nobody but the invitee ever knows the password.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { queueTokenEmail, type TokenRecipient } from '@/lib/accounts/tokens';
import type { CurrentUser } from '@/lib/auth/current-user';
import { deliver, type QueuedEmail } from '@/lib/email/send-email';
import { invitationEmail } from '@/lib/email/templates';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { recordAudit } from '@/lib/audit';
import { pillarIdsForSlugs, replaceScopedPillars } from './pillar-scope';
import type { InviteCoordinatorInput } from './schemas';

export type InvitationResult = { ok: true; userId: number; email: QueuedEmail } | { ok: false; field: 'email'; reason: 'accountExists' };

export async function inviteCoordinator(actor: CurrentUser, input: InviteCoordinatorInput): Promise<InvitationResult> {
  const db = getDb();
  const created = db.transaction(
    (tx) => {
      if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) return null;
      const allPillars = input.scope === 'all';
      const pillarIds = allPillars ? [] : pillarIdsForSlugs(tx, input.pillars);
      const user = tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: 'coordinator',
          government: input.government,
          allPillars,
          // A government's coordinator is of that country; it is what their profile shows.
          country: input.government,
          preferredLocale: input.preferredLocale,
        })
        .returning({ id: users.id })
        .get();
      replaceScopedPillars(tx, user.id, pillarIds);
      const email = queueInvitation(tx, { id: user.id, email: input.email, name: input.name, preferredLocale: input.preferredLocale });
      recordAudit(
        tx,
        actor.id,
        'user.invite',
        { type: 'user', id: user.id },
        {
          role: 'coordinator',
          government: input.government,
          allPillars,
          pillars: allPillars ? [] : input.pillars,
        },
      );
      return { userId: user.id, email };
    },
    { behavior: 'immediate' },
  );
  if (!created) return { ok: false, field: 'email', reason: 'accountExists' };
  await deliver(created.email);
  logEvent('admin.user_invited', { actorId: actor.id, userId: created.userId });
  return { ok: true, ...created };
}

/** A new link for someone who has not accepted yet (it expired, or the mail was lost); the earlier link stops working. */
export async function resendInvitation(actor: CurrentUser, userId: number): Promise<QueuedEmail> {
  const db = getDb();
  const email = db.transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.id, userId)).get();
      if (!user) throw new Refusal('userNotFound');
      if (user.passwordHash || user.deactivatedAt) throw new Refusal('notInvited');
      const queued = queueInvitation(tx, user);
      recordAudit(tx, actor.id, 'user.invitation_resent', { type: 'user', id: user.id });
      return queued;
    },
    { behavior: 'immediate' },
  );
  await deliver(email);
  logEvent('admin.invitation_resent', { actorId: actor.id, userId });
  return email;
}

/** The e-mail goes out in the invitee's language, whoever sent it. */
function queueInvitation(tx: Tx, user: TokenRecipient): QueuedEmail {
  return queueTokenEmail(tx, user, 'invite', invitationEmail);
}
