import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, initiatives, progressUpdates, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { recordProgressUpdate, saveInitiative } from './manage-initiatives';

const database = useTemporaryGlobalDatabase();
let pillarFour: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  const row = database.db().select().from(users).where(eq(users.email, 'coordinator.pillar4@hled.example')).get()!;
  pillarFour = loadUser(row.id, null)!;
});

const progress = (initiative: string) => ({
  initiative,
  date: '2026-11-20',
  meeting: '',
  kind: 'accomplishment' as const,
  textEn: 'A workshop was held.',
  textEs: 'Se realizó un taller.',
  figureValue: '1,250',
  figureUnitEn: 'participants',
  figureUnitEs: 'participantes',
  sourceTitle: 'Workshop report',
  sourceUrl: '',
  correctionReasonEn: '',
  correctionReasonEs: '',
});

describe('keeping the record', () => {
  it("records a progress update with its figure in the coordinator's own pillar, with an audit entry", () => {
    const id = recordProgressUpdate(pillarFour, progress('workforce-development'));
    const row = database.db().select().from(progressUpdates).where(eq(progressUpdates.id, id)).get()!;
    expect(row).toMatchObject({ figureValue: 1250, figureUnitEs: 'participantes', createdBy: pillarFour.id, sourceId: null });
    expect(database.db().select().from(auditEvents).where(eq(auditEvents.action, 'progress.create')).all()).toHaveLength(1);
  });

  it("refuses progress and edits on another pillar's initiative", () => {
    expect(() => recordProgressUpdate(pillarFour, progress('supply-chains'))).toThrow('notFound');
    const supply = database.db().select().from(initiatives).where(eq(initiatives.slug, 'supply-chains')).get()!;
    expect(() =>
      saveInitiative(
        pillarFour,
        {
          slug: 'supply-chains',
          pillar: 'investing-in-our-people',
          titleEn: 'x',
          titleEs: 'x',
          descriptionEn: 'x',
          descriptionEs: 'x',
          state: 'active',
          leads: [],
          version: supply.version,
        },
        'supply-chains',
      ),
    ).toThrow('notFound');
  });

  it("creates an initiative only in the coordinator's pillars, with a unique address", () => {
    const input = {
      slug: 'digital-skills',
      pillar: 'investing-in-our-people',
      titleEn: 'Digital skills',
      titleEs: 'Habilidades digitales',
      descriptionEn: 'd',
      descriptionEs: 'd',
      state: 'planned' as const,
      leads: ['sep', 'dol'],
    };
    expect(saveInitiative(pillarFour, input, null)).toEqual({ slug: 'digital-skills', version: 1 });
    expect(() => saveInitiative(pillarFour, input, null)).toThrow('slugTaken');
    expect(() => saveInitiative(pillarFour, { ...input, slug: 'other', pillar: 'building-back-together' }, null)).toThrow('unknownPillar');
  });

  it('refuses an edit made from an old version', () => {
    const row = database.db().select().from(initiatives).where(eq(initiatives.slug, 'workforce-development')).get()!;
    const edit = {
      slug: row.slug,
      pillar: 'investing-in-our-people',
      titleEn: 'Workforce',
      titleEs: 'Fuerza laboral',
      descriptionEn: 'd',
      descriptionEs: 'd',
      state: 'active' as const,
      leads: [],
      version: row.version,
    };
    expect(saveInitiative(pillarFour, edit, row.slug)).toEqual({ slug: row.slug, version: row.version + 1 });
    expect(() => saveInitiative(pillarFour, edit, row.slug)).toThrow('conflict');
    expect(() => saveInitiative(pillarFour, { ...edit, version: undefined }, row.slug)).toThrow('conflict');
  });

  it('refuses a figure without a unit', () => {
    expect(() => recordProgressUpdate(pillarFour, { ...progress('workforce-development'), figureUnitEn: '', figureUnitEs: '' })).toThrow(
      'figureNeedsUnit',
    );
  });
});
