/**
 * Coordinators keep the record of their pillars: they create and edit initiatives and record dated
 * progress updates, tied to the meeting that reported them, with an optional figure. Every change is
 * checked for pillar scope on the server and written to the audit log in the same transaction.
 */
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { agencies, initiativeLeads, initiatives, pillars, progressUpdates } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { recordAudit } from '@/lib/audit';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { withChecks } from '@/lib/translations/text-checks';
import type { initiativeSchema } from './initiative-schemas';
import { insertProgress, type MilestoneInput, type ProgressInput, saveMilestoneIn } from './record-progress';

type InitiativeInput = z.output<typeof initiativeSchema>;

function pillarInScope(tx: Tx, user: CurrentUser, slug: string): number {
  const pillar = tx.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, slug)).get();
  if (!pillar || !mayActOnPillar(user, pillar.id)) throw new Refusal('unknownPillar');
  return pillar.id;
}

function setLeads(tx: Tx, initiativeId: number, slugs: string[]) {
  tx.delete(initiativeLeads).where(eq(initiativeLeads.initiativeId, initiativeId)).run();
  if (slugs.length === 0) return;
  const found = tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.slug, slugs)).all();
  if (found.length !== new Set(slugs).size) throw new Refusal('unknownAgency');
  for (const { id } of found) tx.insert(initiativeLeads).values({ initiativeId, agencyId: id }).run();
}

/** Creates or edits an initiative; returns its slug and its version now, for the form's next save. */
export function saveInitiative(user: CurrentUser, input: InitiativeInput, existingSlug: string | null): { slug: string; version: number } {
  const saved = getDb().transaction(
    (tx) => {
      const pillarId = pillarInScope(tx, user, input.pillar);
      const fields = {
        pillarId,
        titleEn: input.titleEn,
        titleEs: input.titleEs,
        descriptionEn: input.descriptionEn,
        descriptionEs: input.descriptionEs,
        state: input.state,
      };
      if (existingSlug === null) {
        if (tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, input.slug)).get())
          throw new Refusal('slugTaken');
        const created = tx
          .insert(initiatives)
          .values({ slug: input.slug, ...fields, stateChangedOn: new Date().toISOString().slice(0, 10) })
          .returning({ id: initiatives.id })
          .get();
        setLeads(tx, created.id, input.leads);
        recordAudit(tx, user.id, 'initiative.create', { type: 'initiative', id: input.slug }, { pillar: input.pillar });
        return { slug: input.slug, version: 1 };
      }
      const current = tx.select().from(initiatives).where(eq(initiatives.slug, existingSlug)).get();
      // Both the initiative's pillar now and the one it moves to must be the coordinator's.
      if (!current || !mayActOnPillar(user, current.pillarId)) throw new Refusal('notFound');
      if (input.version === undefined || current.version !== input.version) throw new Refusal('conflict');
      tx.update(initiatives)
        .set({
          ...fields,
          // The date the state changed is shown publicly beside it.
          ...(current.state === input.state ? {} : { stateChangedOn: new Date().toISOString().slice(0, 10) }),
          version: sql`${initiatives.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(initiatives.id, current.id))
        .run();
      setLeads(tx, current.id, input.leads);
      recordAudit(
        tx,
        user.id,
        'initiative.update',
        { type: 'initiative', id: existingSlug },
        { before: { titleEn: current.titleEn, state: current.state, pillarId: current.pillarId } },
      );
      return { slug: existingSlug, version: current.version + 1 };
    },
    { behavior: 'immediate' },
  );
  logEvent(existingSlug ? 'record.initiative_updated' : 'record.initiative_created', { userId: user.id, slug: saved.slug });
  return saved;
}

export function recordProgressUpdate(user: CurrentUser, input: ProgressInput): number {
  const { id } = getDb().transaction((tx) => insertProgress(tx, user, input), { behavior: 'immediate' });
  logEvent('record.progress_recorded', { userId: user.id, initiative: input.initiative, progressUpdateId: id });
  return id;
}

export function recordMilestone(user: CurrentUser, input: MilestoneInput): number | null {
  const id = getDb().transaction((tx) => saveMilestoneIn(tx, user, input), { behavior: 'immediate' });
  logEvent('record.milestone_saved', { userId: user.id, initiative: input.initiative, milestoneId: id });
  return id;
}

/** The initiatives a coordinator keeps, with their pillar and how many of their texts await a check of their translation. */
export function listInitiativesInScope(user: CurrentUser) {
  const rows = getDb()
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      titleEn: initiatives.titleEn,
      titleEs: initiatives.titleEs,
      state: initiatives.state,
      pillarId: initiatives.pillarId,
      pillarNumber: pillars.number,
    })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .orderBy(pillars.number, initiatives.titleEn)
    .all()
    .filter((i) => mayActOnPillar(user, i.pillarId));
  const unchecked = uncheckedRecordTexts(rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, uncheckedTexts: unchecked.get(row.id) ?? 0 }));
}

/** Per initiative, its description and progress updates written in both languages that no person has checked. */
function uncheckedRecordTexts(ids: number[]): Map<number, number> {
  const db = getDb();
  const counts = new Map<number, number>();
  const add = (id: number) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const descriptions = db
    .select({ id: initiatives.id, en: initiatives.descriptionEn, es: initiatives.descriptionEs })
    .from(initiatives)
    .where(inArray(initiatives.id, ids))
    .all();
  for (const d of withChecks(
    'initiative_description',
    descriptions,
    (d) => d.id,
    (d) => d,
  ))
    if (!d.check) add(d.id);
  const updates = db
    .select({ id: progressUpdates.id, initiativeId: progressUpdates.initiativeId, en: progressUpdates.textEn, es: progressUpdates.textEs })
    .from(progressUpdates)
    .where(inArray(progressUpdates.initiativeId, ids))
    .all();
  for (const u of withChecks(
    'progress_update',
    updates,
    (u) => u.id,
    (u) => u,
  ))
    if (!u.check) add(u.initiativeId);
  return counts;
}

export function getInitiativeForEditing(user: CurrentUser, slug: string) {
  const db = getDb();
  const row = db
    .select({ initiative: initiatives, pillarSlug: pillars.slug })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .where(eq(initiatives.slug, slug))
    .get();
  if (!row || !mayActOnPillar(user, row.initiative.pillarId)) return null;
  const leads = db
    .select({ slug: agencies.slug })
    .from(initiativeLeads)
    .innerJoin(agencies, and(eq(agencies.id, initiativeLeads.agencyId)))
    .where(eq(initiativeLeads.initiativeId, row.initiative.id))
    .all()
    .map((l) => l.slug);
  return { ...row, leads };
}

export function listAgencies() {
  return getDb().select().from(agencies).orderBy(agencies.government, agencies.acronym).all();
}
