/**
 * Reading the outbox. A message is shown to its recipient (signed in as them, or holding the view key
 * the sending page gave them, in demo mode) and to administrators; to nobody else. Administrators see
 * it with every link's token blanked: only the recipient may use a link (an administrator who could would
 * take over the account, and could act as a coordinator of the other government).
 */
import 'server-only';
import { and, desc, eq, like } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { outbox } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { isDemoMode } from '@/lib/config';
import { hashViewKey, withoutLiveLinks } from './send-email';

export function readOutboxMessage(id: number, viewer: CurrentUser | null, viewKey: string | null) {
  const message = getDb().select().from(outbox).where(eq(outbox.id, id)).get();
  if (!message) return null;
  const isAdmin = viewer?.role === 'admin';
  const isRecipient = viewer !== null && message.userId === viewer.id;
  const holdsKey = isDemoMode() && viewKey !== null && message.viewKeyHash === hashViewKey(viewKey);
  if (isRecipient || holdsKey) return message;
  return isAdmin ? { ...message, bodyText: withoutLiveLinks(message.bodyText) } : null;
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

/** The administrators' list: who got what and when, never the text. */
export function listOutbox(limit = 200) {
  return getDb()
    .select({
      id: outbox.id,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      error: outbox.error,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all();
}

/** Demo mode: the latest messages to this person, listed on their account page in place of a mailbox. */
export function latestMessagesTo(userId: number, limit = 5) {
  return getDb()
    .select({ id: outbox.id, subject: outbox.subject, locale: outbox.locale, createdAt: outbox.createdAt })
    .from(outbox)
    .where(eq(outbox.userId, userId))
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all();
}
