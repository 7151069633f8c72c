/**
 * The one door to recommendation translations (the `recommendation_translations` table): a person's
 * translation saved and optionally checked, a check by a person, a machine draft. Each runs in one
 * transaction with the triage guard (pillar scope, version), moves the item's version on and is audited.
 * A machine draft is never checked by being stored: only `checkTranslation` (a person) checks it.
 */
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { recommendations, recommendationTranslations, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { recordAudit } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth/current-user';
import { pillarScope, pillarScopeKey } from '@/lib/auth/permissions';
import { cachedUntilChange } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/routing';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch, type TriageRecommendation } from '@/lib/triage/guard';
import type { MachineTranslator } from './machine';
import type { SaveTranslationInput, TranslationTarget } from './schemas';

const t = recommendationTranslations;

function loadTarget(tx: Tx, user: CurrentUser, input: TranslationTarget): TriageRecommendation {
  const recommendation = loadForTriage(tx, user, input.ref, input.version);
  // The original is authoritative: a "translation" into its own language would replace it on public pages.
  if (recommendation.language === input.locale) throw new Refusal('translationSameLanguage');
  return recommendation;
}

function existing(tx: Tx, recommendationId: number, locale: Locale) {
  return tx
    .select()
    .from(t)
    .where(and(eq(t.recommendationId, recommendationId), eq(t.locale, locale)))
    .get();
}

type Written = { title: string; body: string; origin: 'person' | 'machine'; checkedBy: number | null };

function write(tx: Tx, user: CurrentUser, recommendationId: number, locale: Locale, text: Written) {
  const checked = { humanChecked: text.checkedBy !== null, checkedBy: text.checkedBy, checkedAt: text.checkedBy ? new Date() : null };
  const values = { title: text.title, body: text.body, origin: text.origin, updatedBy: user.id, ...checked };
  tx.insert(t)
    .values({ recommendationId, locale, ...values })
    .onConflictDoUpdate({ target: [t.recommendationId, t.locale], set: values })
    .run();
  touch(tx, recommendationId);
}

/** Saves a person's translation; with `check`, the person also vouches for it. An edit un-checks it. */
export function saveTranslation(user: CurrentUser, input: SaveTranslationInput): void {
  getDb().transaction(
    (tx) => {
      const recommendation = loadTarget(tx, user, input);
      write(tx, user, recommendation.id, input.locale, {
        title: input.title,
        body: input.body,
        origin: 'person',
        checkedBy: input.check ? user.id : null,
      });
      audit(tx, user, input.check ? 'translation.check' : 'translation.save', recommendation, input.locale);
    },
    { behavior: 'immediate' },
  );
  logEvent('translation.saved', { userId: user.id, ref: input.ref, locale: input.locale, checked: input.check });
}

/** A person vouches for the translation as it stands (a machine draft becomes a checked translation). */
export function checkTranslation(user: CurrentUser, input: TranslationTarget): void {
  getDb().transaction(
    (tx) => {
      const recommendation = loadTarget(tx, user, input);
      if (!existing(tx, recommendation.id, input.locale)) throw new Refusal('noTranslation');
      tx.update(t)
        .set({ humanChecked: true, checkedBy: user.id, checkedAt: new Date() })
        .where(and(eq(t.recommendationId, recommendation.id), eq(t.locale, input.locale)))
        .run();
      touch(tx, recommendation.id);
      audit(tx, user, 'translation.check', recommendation, input.locale);
    },
    { behavior: 'immediate' },
  );
  logEvent('translation.checked', { userId: user.id, ref: input.ref, locale: input.locale });
}

/**
 * Asks the configured service for a draft and stores it, unchecked, as a machine draft. A checked
 * translation is never replaced by a machine's. The service is called outside the transaction (it may
 * take seconds); the version check inside it refuses the draft if the item changed meanwhile.
 */
export async function requestMachineDraft(user: CurrentUser, input: TranslationTarget, translate: MachineTranslator | null): Promise<void> {
  const db = getDb();
  const recommendation = loadTarget(db, user, input);
  // Without a configured service nothing leaves the machine: refused before any request (after the scope check).
  if (!translate) throw new Refusal('machineTranslationOff');
  if (existing(db, recommendation.id, input.locale)?.humanChecked) throw new Refusal('translationAlreadyChecked');
  const [title, body] = await translate([recommendation.title, recommendation.body], recommendation.language, input.locale);
  db.transaction(
    (tx) => {
      const current = loadTarget(tx, user, input);
      if (existing(tx, current.id, input.locale)?.humanChecked) throw new Refusal('translationAlreadyChecked');
      write(tx, user, current.id, input.locale, { title: title!, body: body!, origin: 'machine', checkedBy: null });
      audit(tx, user, 'translation.machine_draft', current, input.locale);
    },
    { behavior: 'immediate' },
  );
  logEvent('translation.machine_draft', { userId: user.id, ref: input.ref, locale: input.locale });
}

function audit(
  tx: Tx,
  user: CurrentUser,
  action: 'translation.save' | 'translation.check' | 'translation.machine_draft',
  r: TriageRecommendation,
  locale: Locale,
) {
  recordAudit(tx, user.id, action, { type: 'recommendation', id: r.ref }, { locale });
}

/**
 * Items whose text the public reads in full (not hidden, confidential or summary-only) and that have no
 * checked translation into the other language: what the queue's "needs translation" filter shows.
 */
export function needsTranslation() {
  return sql`(${recommendations.status} <> 'hidden' and ${recommendations.consent} not in ('confidential', 'summary_only') and not exists (
    select 1 from ${t} where ${t.recommendationId} = ${recommendations.id} and ${t.locale} <> ${recommendations.language} and ${t.humanChecked} = 1))`;
}

/**
 * How many items in the caller's pillars need a translation into each language. A scan of every item
 * (114 ms at 100,000), so kept until the database changes, like the queue's other counts.
 */
export function translationCounts(user: CurrentUser): Record<Locale, number> {
  const rows = cachedUntilChange(`translation-counts:${pillarScopeKey(user)}`, () =>
    getDb()
      .select({ language: recommendations.language, n: sql<number>`count(*)` })
      .from(recommendations)
      .where(and(pillarScope(user), needsTranslation()))
      .groupBy(recommendations.language)
      .all(),
  );
  // An item written in Spanish needs an English translation, and the other way round.
  const counts: Record<Locale, number> = { en: 0, es: 0 };
  for (const row of rows) counts[row.language === 'en' ? 'es' : 'en'] = row.n;
  return counts;
}

/** A recommendation's translations for the workspace, each with the name of the person who checked it. */
export function workspaceTranslations(recommendationId: number) {
  return getDb()
    .select({
      locale: t.locale,
      title: t.title,
      body: t.body,
      humanChecked: t.humanChecked,
      origin: t.origin,
      checkedAt: t.checkedAt,
      checkerName: users.name,
    })
    .from(t)
    .leftJoin(users, eq(users.id, t.checkedBy))
    .where(eq(t.recommendationId, recommendationId))
    .all();
}
