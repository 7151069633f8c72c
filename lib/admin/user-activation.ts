/**
 * Deactivating and reactivating an account. Deactivation keeps the account and its history (docs/product.md, "Roles":
 * history is never deleted) but refuses its sign-in, ends every open session by raising the session
 * version (lib/auth/current-user.ts refuses older tokens), and retires its unused e-mail links.
 */
import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { authTokens, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { recordAudit } from '@/lib/audit';

function loadUser(tx: Tx, userId: number) {
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new Refusal('userNotFound');
  return user;
}

export function deactivateUser(actor: CurrentUser, userId: number, now = new Date()): void {
  if (userId === actor.id) throw new Refusal('cannotDeactivateSelf');
  const changed = getDb().transaction(
    (tx) => {
      const user = loadUser(tx, userId);
      if (user.deactivatedAt) return false;
      tx.update(users)
        .set({ deactivatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
        .where(eq(users.id, user.id))
        .run();
      // A pending invitation or password reset must not bring the account back in.
      tx.update(authTokens)
        .set({ usedAt: now })
        .where(and(eq(authTokens.userId, user.id), isNull(authTokens.usedAt)))
        .run();
      recordAudit(tx, actor.id, 'user.deactivate', { type: 'user', id: user.id });
      return true;
    },
    { behavior: 'immediate' },
  );
  if (changed) logEvent('admin.user_deactivated', { actorId: actor.id, userId });
}

/** The person signs in again with their password; sessions ended at deactivation stay ended. */
export function reactivateUser(actor: CurrentUser, userId: number): void {
  const changed = getDb().transaction(
    (tx) => {
      const user = loadUser(tx, userId);
      // A deleted account stays deactivated: it is an emptied row kept for the history (lib/accounts/delete-account.ts).
      if (!user.deactivatedAt || user.deletedAt) return false;
      tx.update(users).set({ deactivatedAt: null, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
      recordAudit(tx, actor.id, 'user.reactivate', { type: 'user', id: user.id });
      return true;
    },
    { behavior: 'immediate' },
  );
  if (changed) logEvent('admin.user_reactivated', { actorId: actor.id, userId });
}
