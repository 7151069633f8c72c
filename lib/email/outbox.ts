/**
 * Reading the outbox. A message is shown to its recipient (signed in as them, or holding the view key
 * the sending page gave them, in demo mode) and to administrators; to nobody else.
 */
import 'server-only';
import { and, desc, eq, like } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { outbox } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { isDemoMode } from '@/lib/config';
import { hashViewKey } from './send-email';

export function readOutboxMessage(id: number, viewer: CurrentUser | null, viewKey: string | null) {
  const message = getDb().select().from(outbox).where(eq(outbox.id, id)).get();
  if (!message) return null;
  const isAdmin = viewer?.role === 'admin';
  const isRecipient = viewer !== null && message.userId === viewer.id;
  const holdsKey = isDemoMode() && viewKey !== null && message.viewKeyHash === hashViewKey(viewKey);
  return isAdmin || isRecipient || holdsKey ? message : null;
}

/** The newest message to this user whose subject names the reference (the receipt). */
export function latestMessageAbout(userId: number, ref: string): number | null {
  const row = getDb()
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.userId, userId), like(outbox.subject, `%${ref}%`)))
    .orderBy(desc(outbox.id))
    .limit(1)
    .get();
  return row?.id ?? null;
}

export function listOutbox(limit = 200) {
  return getDb().select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all();
}
