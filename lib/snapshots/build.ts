/**
 * What a snapshot holds: everything public at the moment it is taken. The JSON has the record (pillars,
 * initiatives with their milestones and sourced progress, meetings) and the public recommendations with
 * the columns of the recommendations CSV; the CSV is the recommendations CSV itself. Recommendations are
 * read through the public view only (registerExportQuery), so nothing private can reach a snapshot.
 */
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';

import { initiatives, meetings, milestones, pillars, progressUpdates, sources } from '@/db/schema';
import type { Tx } from '@/db/types';
import { publicBaseUrl } from '@/lib/config';
import { CSV_COLUMNS, csvRow } from '@/lib/public/api/csv';
import { type PublicItem, registerExportQuery } from '@/lib/public/register';
import { parseRegisterFiltersLenient } from '@/lib/public/register-filters';

/** Through the app's connection, so inside the caller's transaction: the rows and the record are one moment. */
function publicItems(): PublicItem[] {
  const query = registerExportQuery(parseRegisterFiltersLenient(new URLSearchParams()));
  if ('unknown' in query) return [];
  const rows = getDb()
    .$client.prepare(query.sql)
    .raw(true)
    .all(...query.params) as unknown[][];
  return rows.map(query.decode);
}

const recommendationRecord = (item: PublicItem, base: string) => Object.fromEntries(CSV_COLUMNS.map((c) => [c.name, c.value(item, base)]));

function recordOf(tx: Tx) {
  const allMilestones = tx
    .select({ m: milestones, source: sources.slug })
    .from(milestones)
    .leftJoin(sources, eq(sources.id, milestones.sourceId))
    .orderBy(asc(milestones.id))
    .all();
  const allProgress = tx
    .select({ p: progressUpdates, meeting: meetings.slug, source: sources.slug })
    .from(progressUpdates)
    .leftJoin(meetings, eq(meetings.id, progressUpdates.meetingId))
    .leftJoin(sources, eq(sources.id, progressUpdates.sourceId))
    .orderBy(asc(progressUpdates.date), asc(progressUpdates.id))
    .all();
  const pillarSlugs = new Map(
    tx
      .select({ id: pillars.id, slug: pillars.slug })
      .from(pillars)
      .all()
      .map((p) => [p.id, p.slug]),
  );
  return {
    pillars: tx
      .select({ slug: pillars.slug, number: pillars.number, title_en: pillars.titleEn, title_es: pillars.titleEs })
      .from(pillars)
      .orderBy(asc(pillars.number))
      .all(),
    initiatives: tx
      .select()
      .from(initiatives)
      .orderBy(asc(initiatives.slug))
      .all()
      .map((i) => ({
        slug: i.slug,
        pillar: pillarSlugs.get(i.pillarId),
        title_en: i.titleEn,
        title_es: i.titleEs,
        state: i.state,
        state_changed_on: i.stateChangedOn,
        milestones: allMilestones
          .filter(({ m }) => m.initiativeId === i.id)
          .map(({ m, source }) => ({
            id: m.id,
            title_en: m.titleEn,
            title_es: m.titleEs,
            target_date: m.targetDate,
            done_date: m.doneDate,
            source,
          })),
        progress: allProgress
          .filter(({ p }) => p.initiativeId === i.id)
          .map(({ p, meeting, source }) => ({
            id: p.id,
            date: p.date,
            kind: p.kind,
            text_en: p.textEn,
            text_es: p.textEs,
            figure:
              p.figureValue === null
                ? null
                : { value: p.figureValue, unit_en: p.figureUnitEn, unit_es: p.figureUnitEs, qualifier: p.figureQualifier },
            meeting,
            source: source ?? (p.sourceTitle ? { title: p.sourceTitle, date: p.sourceDate, url: p.sourceUrl } : null),
            recorded_by: p.recordedBy,
            recorded_at: p.createdBy === null ? null : p.createdAt.toISOString(),
            corrects: p.correctsId,
            correction_reason_en: p.correctionReasonEn,
            correction_reason_es: p.correctionReasonEs,
          })),
      })),
    meetings: tx
      .select({ slug: meetings.slug, date: meetings.date, kind: meetings.kind, title_en: meetings.titleEn, title_es: meetings.titleEs })
      .from(meetings)
      .orderBy(asc(meetings.date))
      .all(),
  };
}

export type SnapshotMeeting = { slug: string; date: string; titleEn: string; titleEs: string };

export function buildSnapshot(tx: Tx, meeting: SnapshotMeeting, takenAt: Date): { json: string; csv: string } {
  const items = publicItems();
  const snapshot = {
    meeting: { slug: meeting.slug, date: meeting.date, title_en: meeting.titleEn, title_es: meeting.titleEs },
    taken_at: takenAt.toISOString(),
  };
  const base = publicBaseUrl();
  const json = JSON.stringify(
    { snapshot, ...recordOf(tx), recommendations: items.map((item) => recommendationRecord(item, base)) },
    null,
    2,
  );
  const rows = [CSV_COLUMNS.map((c) => c.name), ...items.map((item) => CSV_COLUMNS.map((c) => c.value(item, base)))];
  return { json, csv: `\uFEFF${rows.map(csvRow).join('')}` };
}
