/**
 * The writers of dated evidence, shared by the coordinators' forms and the CSV import so both apply the
 * same rules: a progress update cites its source and names who recorded it; a correction is a new entry
 * that points at the one it corrects (never an overwrite); a milestone is added, rescheduled or marked
 * done. Each runs inside the caller's transaction, checks pillar scope first, audits, and notes the news
 * for the submitters of the recommendations the initiative took up.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { initiatives, meetings, milestones, progressUpdates } from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { noteProgressNews } from '@/lib/notifications/progress-news';
import { Refusal } from '@/lib/refusal';
import type { milestoneSchema, progressSchema } from './initiative-schemas';

export type ProgressInput = z.output<typeof progressSchema>;
export type MilestoneInput = z.output<typeof milestoneSchema>;
type Initiative = typeof initiatives.$inferSelect;

/** The initiative, if it exists and is in the coordinator's pillars; refuses otherwise. */
export function initiativeInScope(tx: Tx, user: CurrentUser, slug: string): Initiative {
  const initiative = tx.select().from(initiatives).where(eq(initiatives.slug, slug)).get();
  if (!initiative || !mayActOnPillar(user, initiative.pillarId)) throw new Refusal('notFound');
  return initiative;
}

/** A number typed in a form ("1,500,000"), or null when none was. */
export function figureOf(value: string | undefined): number | null {
  return value ? Number(value.replace(/,/g, '')) : null;
}

function correctedEntry(tx: Tx, initiativeId: number, corrects: string | undefined): number | null {
  if (!corrects) return null;
  const target = tx
    .select({ id: progressUpdates.id, initiativeId: progressUpdates.initiativeId })
    .from(progressUpdates)
    .where(eq(progressUpdates.id, Number(corrects)))
    .get();
  if (!target || target.initiativeId !== initiativeId) throw new Refusal('unknownProgress');
  return target.id;
}

export function insertProgress(tx: Tx, user: CurrentUser, input: ProgressInput, now = new Date()): { id: number; initiative: Initiative } {
  const initiative = initiativeInScope(tx, user, input.initiative);
  const meeting = input.meeting ? tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, input.meeting)).get() : null;
  if (input.meeting && !meeting) throw new Refusal('unknownMeeting');
  const value = figureOf(input.figureValue);
  if (value !== null && !(input.figureUnitEn || input.figureUnitEs)) throw new Refusal('figureNeedsUnit');
  const correctsId = correctedEntry(tx, initiative.id, input.corrects);
  const row = tx
    .insert(progressUpdates)
    .values({
      initiativeId: initiative.id,
      meetingId: meeting?.id ?? null,
      date: input.date,
      kind: input.kind,
      textEn: input.textEn,
      textEs: input.textEs,
      figureValue: value,
      figureUnitEn: value === null ? null : input.figureUnitEn || input.figureUnitEs || null,
      figureUnitEs: value === null ? null : input.figureUnitEs || input.figureUnitEn || null,
      sourceTitle: input.sourceTitle || null,
      sourceDate: input.sourceDate || null,
      sourceUrl: input.sourceUrl || null,
      correctsId,
      correctionReasonEn: correctsId === null ? null : input.correctionReasonEn,
      correctionReasonEs: correctsId === null ? null : input.correctionReasonEs,
      createdBy: user.id,
      recordedBy: user.name,
      createdAt: now,
    })
    .returning({ id: progressUpdates.id })
    .get();
  recordAudit(
    tx,
    user.id,
    correctsId === null ? 'progress.create' : 'progress.correct',
    { type: 'initiative', id: initiative.slug },
    { progressUpdateId: row.id, date: input.date, ...(correctsId === null ? {} : { corrects: correctsId }) },
  );
  noteProgressNews(tx, initiative.id, { progressUpdateId: row.id });
  return { id: row.id, initiative };
}

type MilestoneRow = typeof milestones.$inferSelect;

/** The milestone named by `id`, if it belongs to the initiative. */
export function milestoneOf(tx: Tx, initiativeId: number, id: string): MilestoneRow {
  const row = tx
    .select()
    .from(milestones)
    .where(eq(milestones.id, Number(id)))
    .get();
  if (!row || row.initiativeId !== initiativeId) throw new Refusal('unknownMilestone');
  return row;
}

/** Adds a milestone or changes one; returns its id, or null when nothing changed. */
export function saveMilestoneIn(tx: Tx, user: CurrentUser, input: MilestoneInput, now = new Date()): number | null {
  const initiative = initiativeInScope(tx, user, input.initiative);
  const fields = { titleEn: input.titleEn, titleEs: input.titleEs, targetDate: input.targetDate || null, doneDate: input.doneDate || null };
  if (!input.id) {
    const created = tx
      .insert(milestones)
      .values({ initiativeId: initiative.id, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: milestones.id })
      .get();
    recordAudit(tx, user.id, 'milestone.create', { type: 'initiative', id: initiative.slug }, { milestoneId: created.id, ...fields });
    if (fields.doneDate) noteProgressNews(tx, initiative.id, { milestoneId: created.id });
    return created.id;
  }
  const before = milestoneOf(tx, initiative.id, input.id);
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
  if (changed.length === 0) return null;
  tx.update(milestones)
    .set({ ...fields, updatedAt: now })
    .where(eq(milestones.id, before.id))
    .run();
  recordAudit(
    tx,
    user.id,
    'milestone.update',
    { type: 'initiative', id: initiative.slug },
    { milestoneId: before.id, before: Object.fromEntries(changed.map((key) => [key, before[key]])) },
  );
  if (fields.doneDate && !before.doneDate) noteProgressNews(tx, initiative.id, { milestoneId: before.id });
  return before.id;
}
