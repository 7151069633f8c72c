/**
 * A submitter attaches a position paper to their own recommendation while they may still edit it: at
 * most MAX_ATTACHMENTS files of at most MAX_ATTACHMENT_BYTES, PDF, DOCX or ODT by content, scanned by
 * clamd first when one is configured. The file is written before the row and removed if the row is
 * refused, so a refusal leaves neither.
 */
import 'server-only';
import { count, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appendHistory } from '@/db/history';
import { attachments, recommendations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { submitterMayEdit } from '@/lib/recommendations/lifecycle';
import { Refusal } from '@/lib/refusal';
import { scannerConfigured, scanWithClamd } from './clamd';
import { detectAttachmentType } from './content-type';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './limits';
import { cleanFileName } from './names';
import { removeAttachmentFile, sha256, writeAttachmentFile } from './storage';

export type IncomingFile = { name: string; bytes: Uint8Array };

/** The submitter's own item they may still edit; anyone else is told it does not exist. */
export function loadOwnEditable(userId: number, ref: string) {
  const row = getDb().select().from(recommendations).where(eq(recommendations.ref, ref)).get();
  if (!row || row.submitterId !== userId) throw new Refusal('notFound');
  if (!submitterMayEdit(row.status)) throw new Refusal('notEditable');
  return row;
}

export async function addAttachment(user: CurrentUser, ref: string, file: IncomingFile) {
  const item = loadOwnEditable(user.id, ref);
  if (file.bytes.length === 0) throw new Refusal('fileEmpty');
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw new Refusal('fileTooLarge');
  const type = await detectAttachmentType(file.bytes);
  if (!type) throw new Refusal('fileType');
  const scanner = scannerConfigured();
  if (scanner) {
    const scan = await scanWithClamd(file.bytes, scanner);
    if (scan.verdict === 'infected') {
      logEvent('attachment.infected', { userId: user.id, ref, signature: scan.signature });
      throw new Refusal('fileInfected');
    }
    if (scan.verdict === 'unavailable') throw new Refusal('scannerUnavailable');
  }
  const storedName = writeAttachmentFile(file.bytes);
  try {
    const id = getDb().transaction(
      (tx) => {
        const current = tx.select().from(recommendations).where(eq(recommendations.id, item.id)).get();
        if (!current || !submitterMayEdit(current.status)) throw new Refusal('notEditable');
        const n = tx.select({ n: count() }).from(attachments).where(eq(attachments.recommendationId, item.id)).get()?.n ?? 0;
        if (n >= MAX_ATTACHMENTS) throw new Refusal('tooManyFiles');
        const publicName = cleanFileName(file.name, type);
        const row = tx
          .insert(attachments)
          .values({
            recommendationId: item.id,
            storedName,
            publicName,
            type,
            size: file.bytes.length,
            sha256: sha256(file.bytes),
            uploadedBy: user.id,
          })
          .returning({ id: attachments.id })
          .get();
        appendHistory(tx, {
          recommendationId: item.id,
          actor: user,
          kind: 'edited',
          isPublic: false,
          details: { attachmentAdded: publicName },
        });
        return row.id;
      },
      { behavior: 'immediate' },
    );
    logEvent('attachment.added', { userId: user.id, ref, type, size: file.bytes.length });
    return { id };
  } catch (error) {
    removeAttachmentFile(storedName);
    throw error;
  }
}
