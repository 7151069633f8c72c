import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, settings } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin } from '@/test/users';
import {
  bilateralConfirmationRequired,
  getSiteSettings,
  responsesInBothLanguagesRequired,
  SITE_SETTING_KEYS,
  updateSiteSettings,
} from './settings';

const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;

beforeAll(() => {
  admin = insertAdmin(database.db());
});

const settingAudits = () => database.db().select().from(auditEvents).where(eq(auditEvents.objectType, 'setting')).all();

describe('site settings', () => {
  it('require bilateral confirmation and public responses in both languages when nothing is stored', () => {
    const stored = database.db().select().from(settings).all();
    expect(stored.filter((row) => Object.values(SITE_SETTING_KEYS).includes(row.key))).toEqual([]);
    expect(getSiteSettings()).toEqual({ bilateralConfirmation: true, responsesInBothLanguages: true });
    expect(bilateralConfirmationRequired()).toBe(true);
    expect(responsesInBothLanguagesRequired()).toBe(true);
  });

  it('keep bilateral confirmation under the key the triage reads', () => {
    expect(SITE_SETTING_KEYS.bilateralConfirmation).toBe('triage.bilateralConfirmation');
  });

  it('store a change with an audit record of the earlier and new value', () => {
    updateSiteSettings(admin, { bilateralConfirmation: false, responsesInBothLanguages: true });
    expect(getSiteSettings()).toEqual({ bilateralConfirmation: false, responsesInBothLanguages: true });
    expect(settingAudits()).toMatchObject([
      { actorId: admin.id, action: 'setting.update', objectId: 'triage.bilateralConfirmation', details: { from: true, to: false } },
    ]);
  });

  it('record nothing when nothing changed', () => {
    updateSiteSettings(admin, { bilateralConfirmation: false, responsesInBothLanguages: true });
    expect(settingAudits()).toHaveLength(1);
  });

  it('read a stored value of the wrong type as the default', () => {
    database.db().update(settings).set({ value: 'no' }).where(eq(settings.key, 'triage.bilateralConfirmation')).run();
    expect(getSiteSettings().bilateralConfirmation).toBe(true);
  });

  it('keep public responses in one language allowed once an administrator turns the setting off, whatever the default', () => {
    const key = SITE_SETTING_KEYS.responsesInBothLanguages;
    expect(database.db().select().from(settings).where(eq(settings.key, key)).get()).toBeUndefined();
    updateSiteSettings(admin, { bilateralConfirmation: true, responsesInBothLanguages: false });
    // Stored as `false`, not left to the default: an installation that turned it off keeps it off.
    expect(database.db().select().from(settings).where(eq(settings.key, key)).get()).toMatchObject({ value: false });
    expect(responsesInBothLanguagesRequired()).toBe(false);
    expect(settingAudits().at(-1)).toMatchObject({ objectId: key, details: { from: true, to: false } });
  });
});
