/**
 * What a file is, by its content (magic bytes and, for DOCX and ODT, the ZIP's inner structure), with
 * file-type; the name and the browser's declared type are never trusted. Only PDF, DOCX and ODT pass.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ATTACHMENT_TYPES } from '@/db/schema/papers';

type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const MEDIA_TYPES: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

export async function detectAttachmentType(bytes: Uint8Array): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  for (const [type, mime] of Object.entries(MEDIA_TYPES) as [AttachmentType, string][]) {
    if (found.mime === mime && found.ext === type) return type;
  }
  return null;
}
