import { publicGet } from '@/lib/public/api/http';
import { listSnapshots, snapshotLinks } from '@/lib/snapshots/snapshots';
import { publicBaseUrl } from '@/lib/config';

/** Every meeting snapshot, newest meeting first, with the address and SHA-256 of each file. */
export const GET = publicGet(() =>
  Response.json({
    data: listSnapshots().map((s) => ({
      meeting: { slug: s.slug, date: s.meetingDate, title_en: s.titleEn, title_es: s.titleEs },
      taken_at: s.takenAt.toISOString(),
      json: { url: `${publicBaseUrl()}${snapshotLinks(s.slug).json}`, sha256: s.jsonSha256 },
      csv: { url: `${publicBaseUrl()}${snapshotLinks(s.slug).csv}`, sha256: s.csvSha256 },
    })),
  }),
);

export { DELETE, OPTIONS, PATCH, POST, PUT } from '@/lib/public/api/http';
