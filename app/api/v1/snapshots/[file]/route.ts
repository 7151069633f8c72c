import { apiError, publicGet } from '@/lib/public/api/http';
import { snapshotFile } from '@/lib/snapshots/snapshots';

/**
 * A snapshot file, byte for byte as frozen: its SHA-256 is sent in a header too, so a download can be
 * checked against the list without trusting the transport. A frozen file never changes: cached for a year.
 */
export const GET = publicGet<{ file: string }>(
  (_request, { file }) => {
    const found = snapshotFile(file);
    if (!found) return apiError(404, `No snapshot file is named "${file}" (the snapshots are listed at /api/v1/snapshots).`);
    return new Response(found.body, {
      headers: {
        'Content-Type': found.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="hled-snapshot-${found.slug}.${found.format}"`,
        'X-Content-SHA256': found.sha256,
      },
    });
  },
  { etag: false },
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
