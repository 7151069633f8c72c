/**
 * A person's check of the translation of a text written in both languages side by side (a public
 * response, a link's explanation, a summary-only item's public summary, an initiative's description, a
 * progress update): guarded by pillar scope like every other change to those texts, audited, and stored
 * with a digest of both texts (lib/translations/text-checks.ts), so an edit un-checks it.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, initiatives, progressUpdates, recommendationInitiatives } from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit, type AuditObject } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { mayActOnPillar } from '@/lib/auth/permissions';
import { present, type Written } from '@/lib/i18n/written-text';
import { logEvent } from '@/lib/log';
import { initiativeInScope } from '@/lib/record/record-progress';
import { Refusal } from '@/lib/refusal';
import { loadForTriage } from '@/lib/triage/guard';
import type { CheckPairedInput } from './check-schemas';
import { explanationKey, storeCheck } from './text-checks';

type Target = { key: string | number; written: Written; object: AuditObject; also?: { key: number; written: Written }[] };

function linkedInitiative(tx: Tx, user: CurrentUser, slug: string) {
  const initiative = tx.select().from(initiatives).where(eq(initiatives.slug, slug)).get();
  if (!initiative || !mayActOnPillar(user, initiative.pillarId)) throw new Refusal('unknownInitiative');
  return initiative;
}

function target(tx: Tx, user: CurrentUser, input: CheckPairedInput): Target {
  switch (input.text) {
    case 'response': {
      const r = loadForTriage(tx, user, input.ref);
      const event = tx
        .select({ en: historyEvents.publicResponseEn, es: historyEvents.publicResponseEs })
        .from(historyEvents)
        .where(and(eq(historyEvents.id, input.event), eq(historyEvents.recommendationId, r.id), eq(historyEvents.isPublic, true)))
        .get();
      if (!event) throw new Refusal('notFound');
      return { key: input.event, written: event, object: { type: 'recommendation', id: r.ref } };
    }
    case 'explanation': {
      const r = loadForTriage(tx, user, input.ref);
      const initiative = linkedInitiative(tx, user, input.initiative);
      const link = tx
        .select({ en: recommendationInitiatives.explanationEn, es: recommendationInitiatives.explanationEs })
        .from(recommendationInitiatives)
        .where(and(eq(recommendationInitiatives.recommendationId, r.id), eq(recommendationInitiatives.initiativeId, initiative.id)))
        .get();
      if (!link) throw new Refusal('unknownInitiative');
      // The link's public event carries the same words as its response: checked with it, so the page
      // never shows one text as checked and its copy in the timeline as not.
      const events = tx
        .select({ key: historyEvents.id, en: historyEvents.publicResponseEn, es: historyEvents.publicResponseEs })
        .from(historyEvents)
        .where(and(eq(historyEvents.recommendationId, r.id), eq(historyEvents.kind, 'linked'), eq(historyEvents.isPublic, true)))
        .all()
        .filter((e) => e.en === link.en && e.es === link.es);
      return {
        key: explanationKey(r.id, initiative.id),
        written: link,
        object: { type: 'recommendation', id: r.ref },
        also: events.map((e) => ({ key: e.key, written: { en: e.en, es: e.es } })),
      };
    }
    case 'public_summary': {
      const r = loadForTriage(tx, user, input.ref);
      // The summary as the coordinators wrote it: a redaction withholds passages of it, not its translation.
      if (r.consent !== 'summary_only') throw new Refusal('notSummaryOnly');
      return { key: r.id, written: { en: r.publicSummaryEn, es: r.publicSummaryEs }, object: { type: 'recommendation', id: r.ref } };
    }
    case 'initiative_description': {
      const initiative = initiativeInScope(tx, user, input.initiative);
      return {
        key: initiative.id,
        written: { en: initiative.descriptionEn, es: initiative.descriptionEs },
        object: { type: 'initiative', id: initiative.slug },
      };
    }
    case 'progress_update': {
      const initiative = initiativeInScope(tx, user, input.initiative);
      const update = tx
        .select({ en: progressUpdates.textEn, es: progressUpdates.textEs })
        .from(progressUpdates)
        .where(and(eq(progressUpdates.id, input.progress), eq(progressUpdates.initiativeId, initiative.id)))
        .get();
      if (!update) throw new Refusal('unknownProgress');
      return { key: input.progress, written: update, object: { type: 'initiative', id: initiative.slug } };
    }
  }
}

/** Records that `user` checked the text's translation against its original in `input.originalLocale`. */
export function checkPairedTranslation(user: CurrentUser, input: CheckPairedInput): void {
  getDb().transaction(
    (tx) => {
      const found = target(tx, user, input);
      // With one language only there is no translation to vouch for: the page says "available in … only".
      if (!present(found.written.en) || !present(found.written.es)) throw new Refusal('translationNeedsBothTexts');
      storeCheck(tx, input.text, found.key, found.written, input.originalLocale, user.id);
      for (const copy of found.also ?? []) storeCheck(tx, 'response', copy.key, copy.written, input.originalLocale, user.id);
      recordAudit(tx, user.id, 'translation.check', found.object, {
        text: input.text,
        key: String(found.key),
        original: input.originalLocale,
      });
    },
    { behavior: 'immediate' },
  );
  logEvent('translation.checked', { userId: user.id, text: input.text, original: input.originalLocale });
}
