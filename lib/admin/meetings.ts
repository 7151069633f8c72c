/**
 * Adding and editing the dialogue's meetings (docs/product.md, "Meeting"). The slug is the meeting's public
 * address, so it must be unique; it is checked inside the write transaction, so two administrators
 * cannot both take one.
 */
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { meetings } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { recordAudit } from '@/lib/audit';
import type { MeetingInput } from './schemas';

export type MeetingSaveResult = { ok: true; id: number; slug: string } | { ok: false; field: 'slug'; reason: 'slugTaken' };
type Meeting = typeof meetings.$inferSelect;

function slugTaken(tx: Tx, slug: string, exceptId?: number): boolean {
  const condition = exceptId === undefined ? eq(meetings.slug, slug) : and(eq(meetings.slug, slug), ne(meetings.id, exceptId));
  return tx.select({ id: meetings.id }).from(meetings).where(condition).get() !== undefined;
}

export function createMeeting(actor: CurrentUser, input: MeetingInput): MeetingSaveResult {
  const result = getDb().transaction(
    (tx): MeetingSaveResult => {
      if (slugTaken(tx, input.slug)) return { ok: false, field: 'slug', reason: 'slugTaken' };
      const { id } = tx.insert(meetings).values(input).returning({ id: meetings.id }).get();
      recordAudit(tx, actor.id, 'meeting.create', { type: 'meeting', id }, { slug: input.slug, date: input.date, kind: input.kind });
      return { ok: true, id, slug: input.slug };
    },
    { behavior: 'immediate' },
  );
  if (result.ok) logEvent('admin.meeting_created', { actorId: actor.id, meetingId: result.id, slug: result.slug });
  return result;
}

export function updateMeeting(actor: CurrentUser, meetingId: number, input: MeetingInput): MeetingSaveResult {
  const result = getDb().transaction(
    (tx): MeetingSaveResult => {
      const before = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!before) throw new Refusal('meetingNotFound');
      if (slugTaken(tx, input.slug, meetingId)) return { ok: false, field: 'slug', reason: 'slugTaken' };
      const changed = changedFields(before, input);
      // Saving the form unchanged is not a change: nothing to write, nothing to audit.
      if (Object.keys(changed).length === 0) return { ok: true, id: meetingId, slug: input.slug };
      tx.update(meetings).set(input).where(eq(meetings.id, meetingId)).run();
      recordAudit(tx, actor.id, 'meeting.update', { type: 'meeting', id: meetingId }, { changed });
      return { ok: true, id: meetingId, slug: input.slug };
    },
    { behavior: 'immediate' },
  );
  if (result.ok) logEvent('admin.meeting_updated', { actorId: actor.id, meetingId, slug: result.slug });
  return result;
}

/** The audit record names each field that changed, with its earlier value. */
function changedFields(before: Meeting, after: MeetingInput): Record<string, { from: unknown }> {
  const changed: Record<string, { from: unknown }> = {};
  for (const [key, value] of Object.entries(after) as [keyof MeetingInput, unknown][]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changed[key] = { from: before[key] };
  }
  return changed;
}

export function meetingForEditing(slug: string): Meeting | null {
  return getDb().select().from(meetings).where(eq(meetings.slug, slug)).get() ?? null;
}
