import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, settings } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertAdmin } from '@/test/users';
import { bilateralConfirmationRequired, getSiteSettings, SITE_SETTING_KEYS, updateSiteSettings } from './settings';

const database = useTemporaryGlobalDatabase();
let admin: CurrentUser;

beforeAll(() => {
  admin = insertAdmin(database.db());
});

const settingAudits = () => database.db().select().from(auditEvents).where(eq(auditEvents.objectType, 'setting')).all();

describe('site settings', () => {
  it('require bilateral confirmation when nothing is stored', () => {
    expect(database.db().select().from(settings).where(eq(settings.key, 'triage.bilateralConfirmation')).get()).toBeUndefined();
    expect(getSiteSettings()).toEqual({ bilateralConfirmation: true, responsesInBothLanguages: false });
    expect(bilateralConfirmationRequired()).toBe(true);
  });

  it('keep bilateral confirmation under the key the triage reads', () => {
    expect(SITE_SETTING_KEYS.bilateralConfirmation).toBe('triage.bilateralConfirmation');
  });

  it('store a change with an audit record of the earlier and new value', () => {
    updateSiteSettings(admin, { bilateralConfirmation: false, responsesInBothLanguages: false });
    expect(getSiteSettings()).toEqual({ bilateralConfirmation: false, responsesInBothLanguages: false });
    expect(settingAudits()).toMatchObject([
      { actorId: admin.id, action: 'setting.update', objectId: 'triage.bilateralConfirmation', details: { from: true, to: false } },
    ]);
  });

  it('record nothing when nothing changed', () => {
    updateSiteSettings(admin, { bilateralConfirmation: false, responsesInBothLanguages: false });
    expect(settingAudits()).toHaveLength(1);
  });

  it('read a stored value of the wrong type as the default', () => {
    database.db().update(settings).set({ value: 'no' }).where(eq(settings.key, 'triage.bilateralConfirmation')).run();
    expect(getSiteSettings().bilateralConfirmation).toBe(true);
  });
});
