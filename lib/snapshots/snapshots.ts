/**
 * Meeting snapshots: when a meeting's fact sheet is published, the record as it stands is frozen once, as
 * JSON and CSV with the SHA-256 of each, at a permanent address (/api/v1/snapshots/{meeting}.json|.csv).
 * A snapshot is never replaced: the bodies are stored, so a download always matches its published hash.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { meetings, snapshots } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { buildSnapshot } from './build';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function freezeSnapshot(actor: CurrentUser, meetingSlug: string, now = new Date()) {
  const frozen = getDb().transaction(
    (tx) => {
      const meeting = tx.select().from(meetings).where(eq(meetings.slug, meetingSlug)).get();
      if (!meeting) throw new Refusal('meetingNotFound');
      if (tx.select({ id: snapshots.id }).from(snapshots).where(eq(snapshots.meetingId, meeting.id)).get())
        throw new Refusal('snapshotExists');
      const { json, csv } = buildSnapshot(tx, meeting, now);
      const row = {
        meetingId: meeting.id,
        slug: meeting.slug,
        takenAt: now,
        json,
        csv,
        jsonSha256: sha256(json),
        csvSha256: sha256(csv),
        createdBy: actor.id,
      };
      tx.insert(snapshots).values(row).run();
      recordAudit(
        tx,
        actor.id,
        'snapshot.create',
        { type: 'meeting', id: meeting.id },
        { slug: meeting.slug, jsonSha256: row.jsonSha256, csvSha256: row.csvSha256 },
      );
      return { slug: meeting.slug, jsonSha256: row.jsonSha256, csvSha256: row.csvSha256 };
    },
    { behavior: 'immediate' },
  );
  logEvent('snapshots.frozen', { actorId: actor.id, slug: frozen.slug });
  return frozen;
}

export type SnapshotSummary = ReturnType<typeof listSnapshots>[number];

export function listSnapshots() {
  return getDb()
    .select({
      slug: snapshots.slug,
      meetingId: snapshots.meetingId,
      takenAt: snapshots.takenAt,
      jsonSha256: snapshots.jsonSha256,
      csvSha256: snapshots.csvSha256,
      meetingDate: meetings.date,
      titleEn: meetings.titleEn,
      titleEs: meetings.titleEs,
    })
    .from(snapshots)
    .innerJoin(meetings, eq(meetings.id, snapshots.meetingId))
    .orderBy(desc(meetings.date))
    .all();
}

export function snapshotOf(meetingId: number): SnapshotSummary | null {
  return listSnapshots().find((s) => s.meetingId === meetingId) ?? null;
}

/** The stored body of a snapshot file, `{slug}.json` or `{slug}.csv`, with its hash; null if there is none. */
export function snapshotFile(file: string): { body: string; sha256: string; format: 'json' | 'csv'; slug: string } | null {
  const match = /^([a-z0-9-]{1,100})\.(json|csv)$/.exec(file);
  if (!match) return null;
  const [, slug, format] = match as unknown as [string, string, 'json' | 'csv'];
  const row = getDb().select().from(snapshots).where(eq(snapshots.slug, slug)).get();
  if (!row) return null;
  return format === 'json'
    ? { body: row.json, sha256: row.jsonSha256, format, slug }
    : { body: row.csv, sha256: row.csvSha256, format, slug };
}

export function snapshotLinks(slug: string) {
  return { json: `/api/v1/snapshots/${slug}.json`, csv: `/api/v1/snapshots/${slug}.csv` };
}
