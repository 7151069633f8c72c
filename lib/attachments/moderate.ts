/**
 * A coordinator hides one attachment with an internal reason (the item stays public), and a submitter
 * removes one of their own while they may still edit. Both leave a history row.
 */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appendHistory } from '@/db/history';
import { attachments } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage } from '@/lib/triage/guard';
import { loadOwnEditable } from './add-attachment';
import { removeAttachmentFile } from './storage';

export function hideAttachment(user: CurrentUser, input: { ref: string; attachmentId: number; reason: string }) {
  getDb().transaction(
    (tx) => {
      const r = loadForTriage(tx, user, input.ref);
      const file = tx
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, input.attachmentId), eq(attachments.recommendationId, r.id), isNull(attachments.hiddenAt)))
        .get();
      if (!file) throw new Refusal('notFound');
      tx.update(attachments)
        .set({ hiddenAt: new Date(), hiddenReason: input.reason, hiddenBy: user.id })
        .where(eq(attachments.id, file.id))
        .run();
      appendHistory(tx, {
        recommendationId: r.id,
        actor: user,
        kind: 'hidden',
        isPublic: false,
        internalReason: input.reason,
        details: { attachment: file.publicName },
      });
    },
    { behavior: 'immediate' },
  );
  logEvent('attachment.hidden', { userId: user.id, ref: input.ref, attachmentId: input.attachmentId });
}

export function removeOwnAttachment(user: CurrentUser, input: { ref: string; attachmentId: number }) {
  const item = loadOwnEditable(user.id, input.ref);
  const storedName = getDb().transaction(
    (tx) => {
      const file = tx
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, input.attachmentId), eq(attachments.recommendationId, item.id)))
        .get();
      if (!file) throw new Refusal('notFound');
      tx.delete(attachments).where(eq(attachments.id, file.id)).run();
      appendHistory(tx, {
        recommendationId: item.id,
        actor: user,
        kind: 'edited',
        isPublic: false,
        details: { attachmentRemoved: file.publicName },
      });
      return file.storedName;
    },
    { behavior: 'immediate' },
  );
  removeAttachmentFile(storedName);
}
