/**
 * Downloading an attachment, only here: under the public view's rules for everyone (lib/attachments/read.ts),
 * all files for the submitter and the item's coordinators. Always a download, never rendered by the
 * browser: Content-Disposition attachment, nosniff, and a CSP that lets nothing run if it were opened.
 * Anything not allowed, unknown or malformed is the same 404.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import { MEDIA_TYPES } from '@/lib/attachments/content-type';
import { contentDisposition } from '@/lib/attachments/names';
import { attachmentFor } from '@/lib/attachments/read';
import { readAttachmentFile } from '@/lib/attachments/storage';

export const dynamic = 'force-dynamic';

const notFound = () => Response.json({ error: 'notFound' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) return notFound();
  const found = attachmentFor(await getCurrentUser(), Number(id));
  if (!found) return notFound();
  const bytes = readAttachmentFile(found.file.storedName);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': MEDIA_TYPES[found.file.type],
      'Content-Length': String(bytes.length),
      'Content-Disposition': contentDisposition(found.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Public files may change visibility (hidden, redacted): never kept by a shared cache.
      'Cache-Control': 'private, no-store',
      Digest: `sha-256=${Buffer.from(found.file.sha256, 'hex').toString('base64')}`,
    },
  });
}
