/**
 * Site settings, kept in the `settings` table one key per setting. A missing key reads as its default,
 * so a fresh installation behaves as documented without any row. Among them:
 * `bilateralConfirmation` (docs/product.md, "Status of a recommendation": implemented needs both governments' confirmation where
 * the dialogue requires it), on unless an administrator turns it off.
 */
import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { recordAudit } from '@/lib/audit';
import type { SiteSettings } from './schemas';

export type { SiteSettings };

export const SITE_SETTING_KEYS: Record<keyof SiteSettings, string> = {
  bilateralConfirmation: 'triage.bilateralConfirmation',
  responsesInBothLanguages: 'triage.responsesInBothLanguages',
};

/**
 * responsesInBothLanguages starts on (issue 16): a public response in one language only is refused, so
 * readers of either language get it. An administrator who turns it off has `false` stored, which the
 * default no longer reaches; then a response in one language is published and readers of the other
 * language see it marked as not yet translated.
 */
export const SITE_SETTING_DEFAULTS: SiteSettings = { bilateralConfirmation: true, responsesInBothLanguages: true };

const SETTING_NAMES = Object.keys(SITE_SETTING_KEYS) as (keyof SiteSettings)[];

/** Every site setting, stored value or default; pass the caller's transaction to read inside it. */
export function getSiteSettings(tx: Tx = getDb()): SiteSettings {
  const rows = tx
    .select()
    .from(settings)
    .where(inArray(settings.key, Object.values(SITE_SETTING_KEYS)))
    .all();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const result = { ...SITE_SETTING_DEFAULTS };
  for (const name of SETTING_NAMES) {
    const value = stored.get(SITE_SETTING_KEYS[name]);
    // A value of the wrong type (hand-edited, older format) reads as the default rather than as a surprise.
    if (typeof value === typeof SITE_SETTING_DEFAULTS[name]) result[name] = value as SiteSettings[typeof name];
  }
  return result;
}

/** Whether `implemented` waits for the other government's confirmation (lib/triage/change-status.ts). */
export function bilateralConfirmationRequired(tx: Tx = getDb()): boolean {
  return getSiteSettings(tx).bilateralConfirmation;
}

/** Whether a public response must be written in English and Spanish (lib/triage/change-status.ts). */
export function responsesInBothLanguagesRequired(tx: Tx = getDb()): boolean {
  return getSiteSettings(tx).responsesInBothLanguages;
}

/** Saves the settings that changed, each with an audit record of its earlier and new value. */
export function updateSiteSettings(actor: CurrentUser, input: SiteSettings): void {
  const changed = getDb().transaction(
    (tx) => {
      const current = getSiteSettings(tx);
      const changedNames = SETTING_NAMES.filter((name) => current[name] !== input[name]);
      for (const name of changedNames) {
        const key = SITE_SETTING_KEYS[name];
        tx.insert(settings)
          .values({ key, value: input[name] })
          .onConflictDoUpdate({ target: settings.key, set: { value: input[name], updatedAt: new Date() } })
          .run();
        recordAudit(tx, actor.id, 'setting.update', { type: 'setting', id: key }, { from: current[name], to: input[name] });
      }
      return changedNames;
    },
    { behavior: 'immediate' },
  );
  if (changed.length > 0) logEvent('admin.settings_updated', { actorId: actor.id, settings: changed });
}
